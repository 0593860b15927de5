import OutputFiles
import Testing

/// The folder of a path as text, for any path a user gives, one letter long included.
@Suite struct ParentFolderTests {
    @Test(arguments: [("Indicators/2021", "Indicators"), ("m", ""), ("m/", ""), ("m//", ""), ("./m", "."),
                      ("a/m", "a"), ("a//m", "a"), ("/m", "/"), ("/", "/"), ("", ""), ("/work/main/Reports", "/work/main")])
    func theParentOfAPath(path: String, parent: String) {
        #expect(ParentFolder.of(path) == parent)
    }
}
