// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "LabourMonitor",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "labour-monitor", targets: ["LabourMonitorCLI"]),
        .library(name: "IndicatorLibrary", targets: ["IndicatorLibrary"]),
        .library(name: "FinalDocument", targets: ["FinalDocument"]),
        .library(name: "XLSXWriter", targets: ["XLSXWriter"]),
        .library(name: "DOCXWriter", targets: ["DOCXWriter"]),
        .library(name: "Site", targets: ["Site"]),
        .library(name: "IndicatorWorkbook", targets: ["IndicatorWorkbook"]),
        .library(name: "ChangesReport", targets: ["ChangesReport"]),
        .library(name: "SampleLibrary", targets: ["SampleLibrary"]),
        .library(name: "OutputFiles", targets: ["OutputFiles"]),
        // For the benchmarks, which time the exports and the merge as the commands run them.
        .library(name: "Pipeline", targets: ["Pipeline"]),
        .library(name: "LibraryEditing", targets: ["LibraryEditing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // Reading written workbooks back: the output scan, and the tests.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // libyaml, found through pkg-config (Debian: libyaml-dev), read through its event parser.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // The machinery of speed in one place: threads, a channel between two cores, the allocator's
        // trim. Package access only; each device is kept where docs/benchmarks.md shows that it pays.
        .target(name: "Parallelism"),
        // The indicator library: model, loading with source locations, checking, queries.
        .target(
            name: "IndicatorLibrary",
            dependencies: ["CYAML", "Parallelism"]
        ),
        // The atomic renames Swift's Glibc module does not declare (renameat2).
        .target(name: "CSystemCalls"),
        // Writing outputs so that no reader ever sees a half-written file or a mixed set.
        .target(name: "OutputFiles", dependencies: ["CSystemCalls"]),
        // The annual Final Document: view model in Swift, layout in Templates/ (Mustache).
        .target(
            name: "FinalDocument",
            dependencies: [
                "IndicatorLibrary", "OutputFiles", "DOCXWriter", .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // libxlsxwriter, found through pkg-config (Debian: libxlsxwriter-dev).
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // The Swift face of libxlsxwriter; knows nothing of labour rights.
        .target(
            name: "XLSXWriter",
            dependencies: ["CXlsxWriter", "OutputFiles", "Parallelism"]
        ),
        // Word documents (.docx) in the look of a reference document; knows nothing of labour rights.
        .target(
            name: "DOCXWriter",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // PDFs made from Word documents by LibreOffice, and read back with poppler's pdftotext.
        .target(name: "PDFEngine"),
        // The XLSX indicator workbook: the sheets' layout over the Swift face of libxlsxwriter.
        .target(
            name: "IndicatorWorkbook",
            dependencies: ["IndicatorLibrary", "XLSXWriter", "OutputFiles", "Parallelism"]
        ),
        // The static site: the library across its editions, country by country.
        .target(name: "Site", dependencies: ["IndicatorLibrary"]),
        // The changes between two editions, presented as text, Markdown or JSON.
        .target(
            name: "ChangesReport",
            dependencies: ["IndicatorLibrary", "OutputFiles"]
        ),
        // The edition as an exchange file (JSON) for partner organisations, and every edition as tidy
        // tables (a Frictionless Data Package of CSV files) for analysts.
        .target(name: "Exports", dependencies: ["IndicatorLibrary"]),
        // `sample`: synthetic libraries of any size, for trying the tool and for the benchmarks.
        .target(name: "SampleLibrary", dependencies: ["OutputFiles"]),
        // The one way every output is made: load, check, redact for the audience, render, scan, place.
        .target(
            name: "Pipeline",
            dependencies: [
                "IndicatorLibrary", "FinalDocument", "IndicatorWorkbook", "ChangesReport", "OutputFiles", "PDFEngine", "Site", "Exports", "Parallelism",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Edits of the library itself: carry-forward (the library's text changed as its editors wrote it),
        // merge (a partner's exchange file read in), import (a past Final Document read into a draft
        // edition, from text, Markdown or Word); each checked in a copy, then placed all or nothing.
        .target(
            name: "LibraryEditing",
            dependencies: [
                "IndicatorLibrary", "OutputFiles", "Exports", "Parallelism",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .executableTarget(
            name: "LabourMonitorCLI",
            dependencies: [
                "IndicatorLibrary",
                "LibraryEditing",
                "FinalDocument",
                "IndicatorWorkbook",
                "ChangesReport",
                "Pipeline",
                "OutputFiles",
                "SampleLibrary",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The small library the tests write to a temporary folder, shared by the test targets.
        .target(
            name: "LibraryFixtures",
            dependencies: ["IndicatorLibrary"],
            path: "Tests/LibraryFixtures"
        ),
        // Reads a written XLSX back (ZIP + XML parts), shared by the workbook test targets.
        .target(
            name: "WorkbookReading",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/WorkbookReading"
        ),
        .testTarget(
            name: "IndicatorLibraryTests",
            dependencies: ["IndicatorLibrary", "LibraryFixtures"]
        ),
        .testTarget(
            name: "LibraryEditingTests",
            dependencies: ["LibraryEditing", "IndicatorLibrary", "LibraryFixtures", "Exports"]
        ),
        .testTarget(
            name: "FinalDocumentTests",
            dependencies: ["FinalDocument", "IndicatorLibrary", "LibraryFixtures", "WorkbookReading", "PDFEngine"],
            resources: [.copy("Reference")]
        ),
        .testTarget(
            name: "ParallelismTests",
            dependencies: ["Parallelism"]
        ),
        .testTarget(
            name: "OutputFilesTests",
            dependencies: ["OutputFiles"]
        ),
        .testTarget(
            name: "XLSXWriterTests",
            dependencies: ["XLSXWriter", "WorkbookReading"]
        ),
        .testTarget(
            name: "DOCXWriterTests",
            dependencies: ["DOCXWriter", "WorkbookReading"]
        ),
        .testTarget(
            name: "IndicatorWorkbookTests",
            dependencies: [
                "IndicatorWorkbook", "IndicatorLibrary", "LibraryFixtures", "WorkbookReading", "XLSXWriter", "PDFEngine",
            ]
        ),
        .testTarget(
            name: "ChangesReportTests",
            dependencies: ["ChangesReport", "IndicatorLibrary", "LibraryFixtures", "OutputFiles"]
        ),
        .testTarget(
            name: "PipelineTests",
            dependencies: ["Pipeline", "ChangesReport", "IndicatorLibrary", "LibraryFixtures", "WorkbookReading", "LibraryEditing"]
        ),
        .testTarget(
            name: "ExportsTests",
            dependencies: ["Exports", "IndicatorLibrary", "LibraryFixtures"]
        ),
        .testTarget(
            name: "SiteTests",
            dependencies: ["Site", "IndicatorLibrary", "LibraryFixtures", "SampleLibrary"]
        ),
        .testTarget(
            name: "SampleLibraryTests",
            dependencies: ["SampleLibrary", "IndicatorLibrary"]
        ),
        .testTarget(
            name: "LabourMonitorCLITests",
            dependencies: ["LabourMonitorCLI", "IndicatorLibrary", "WorkbookReading", "SampleLibrary", "PDFEngine"]
        ),
    ]
)
