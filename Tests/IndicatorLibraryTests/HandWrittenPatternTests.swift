import Foundation
import Testing
@testable import IndicatorLibrary

/// The patterns the loader checks by hand (for speed) accept exactly what their regular expressions do.
@Suite struct HandWrittenPatternTests {
    static let identifiers = ["kz-union", "kz-union-2", "a", "9", "foa.registration", "foa.law-2.x", "-kz", "kz-",
                              "kz--union", "Kz-union", "kz union", "kz_union", "foa.", ".foa", "foa..law", "",
                              "қз", "kz.union-", "kz-.union"]

    @Test(arguments: identifiers)
    func identifiersMatchTheirPattern(_ text: String) {
        for dotted in [false, true] {
            let pattern = dotted ? #"^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$"# : #"^[a-z0-9]+(-[a-z0-9]+)*$"#
            #expect(NodeReader.isIdentifier(text, dotted: dotted) == (text.range(of: pattern, options: .regularExpression) != nil),
                    "'\(text)' dotted: \(dotted)")
        }
    }

    @Test(arguments: ["https://example.org", "http://x", "https://", "http://a b", "ftp://x", "https://ilo.org/dyn?p=1%3A2",
                      " https://x", "HTTPS://x", "https://ex\u{A0}ample"])
    func webAddressesMatchTheirPattern(_ text: String) {
        #expect(EditionLoader.isWebAddress(text) == (text.range(of: #"^https?://\S+$"#, options: .regularExpression) != nil),
                "'\(text)'")
    }

    /// Stricter than the pattern it replaces, whose `$` let a final line break through.
    @Test func aWebAddressEndingInALineBreakIsRefused() {
        #expect(!EditionLoader.isWebAddress("https://x\n"))
    }
}
