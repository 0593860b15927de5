import Testing
import XLSXWriter

/// The system library is found through pkg-config and linked: the version comes from the library itself.
@Test func linksTheSystemLibxlsxwriter() {
    let version = XLSXLibrary.version
    #expect(version.split(separator: ".").count == 3)
    #expect(version.hasPrefix("1."))
}
