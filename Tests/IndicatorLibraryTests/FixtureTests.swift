import Testing
@testable import IndicatorLibrary
import LibraryFixtures

@Test func theFixtureLibraryIsClean() {
    let check = Fixture.check()
    #expect(Fixture.messages(check) == [])
    #expect(check.library?.edition(2021)?.findings.count == 1)
}
