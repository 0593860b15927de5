import Foundation
import IndicatorLibrary
import LibraryFixtures
import Testing
@testable import Exports

/// The data package for analysts: a Frictionless descriptor whose schemas name every CSV column,
/// one fact per row.
@Suite struct DataPackageTests {
    private func files(_ replacing: [String: String?], for audience: Audience = .public) throws -> [String: String] {
        let library = try #require(Fixture.check(replacing).library)
        var files: [String: String] = [:]
        for file in DataPackage.render(RedactedLibrary.redact(library, for: audience)) {
            files[file.name] = String(decoding: file.data, as: UTF8.self)
        }
        return files
    }

    @Test func findingsAreOneRowPerEdition() throws {
        let files = try files([:])
        #expect(files["findings.csv"] == """
            year,id,country,kind,status,first_edition,summary_en\r
            2021,kz-union-deregistered,KZ,violation,ongoing,2021,The authorities de-registered the union.\r

            """)
        #expect(files["finding-indicators.csv"] == "year,finding,indicator\r\n2021,kz-union-deregistered,foa.registration\r\n")
        #expect(files["recommendations.csv"] == """
            year,id,country,status,number,text_en\r
            2021,kz-reregister-union,KZ,new,,Re-register the union.\r

            """)
        #expect(files["ratifications.csv"] == """
            country,instrument,year,status,source\r
            KZ,C087,2021,ratified,https://example.org/normlex/kz-c087\r
            KZ,C155,2021,unknown,\r

            """)
    }

    /// Every resource's schema names its CSV's header, column for column.
    @Test func theDescriptorDescribesEveryFile() throws {
        let files = try files([:])
        let descriptor = try JSONReader.read(Array(try #require(files[DataPackage.descriptorName]).utf8))
        #expect(descriptor["profile"]?.string == "tabular-data-package")
        let resources = try #require(descriptor["resources"]?.items)
        #expect(resources.compactMap { $0["path"]?.string }.sorted() == files.keys.filter { $0.hasSuffix(".csv") }.sorted())
        for resource in resources {
            let path = try #require(resource["path"]?.string)
            let header = try #require(files[path]?.components(separatedBy: "\r\n").first)
            let names = resource["schema"]?["fields"]?.items?.compactMap { $0["name"]?.string }
            #expect(names?.joined(separator: ",") == header, "\(path)")
        }
    }

    @Test func aFieldWithACommaOrQuoteIsQuoted() throws {
        let kazakhstan = Fixture.kazakhstan.replacingOccurrences(
            of: "summary: The authorities de-registered the union.",
            with: #"summary: 'The union "Justice", de-registered.'"#)
        #expect(try files(["2021/KZ.yaml": kazakhstan])["findings.csv"]?
            .contains(#",2021,"The union ""Justice"", de-registered.""#) == true)
    }

    @Test func aPublicPackageLeavesOutConfidentialFindings() throws {
        let files = try files(["2021/KZ.yaml": Fixture.kazakhstanWithSecrets])
        for (name, text) in files {
            #expect(!text.contains("kz-organiser-detained"), "\(name)")
            #expect(!text.contains("Tengiz"), "\(name)")
        }
        let internalFiles = try self.files(["2021/KZ.yaml": Fixture.kazakhstanWithSecrets], for: .internal)
        #expect(internalFiles["findings.csv"]?.contains("kz-organiser-detained") == true)
        #expect(internalFiles["findings.csv"]?.hasPrefix("year,id,country,kind,status,first_edition,summary_en,confidential\r\n") == true)
    }

    @Test func seriesAndEditionValuesShareOneTable() throws {
        let kazakhstan = Fixture.kazakhstan + "\nvalues:\n  foa.conflicts: {value: 12, source: Union monitoring}\n"
        #expect(try files(["2021/KZ.yaml": kazakhstan])["values.csv"] == """
            country,indicator,year,value,number,unit,origin,source\r
            KZ,foa.conflicts,2021,12,12,conflicts,edition,Union monitoring\r

            """)
    }
}
