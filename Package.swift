// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "LabourMonitor",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "labour-monitor", targets: ["LabourMonitorCLI"]),
        .library(name: "IndicatorLibrary", targets: ["IndicatorLibrary"]),
        .library(name: "XLSXWriter", targets: ["XLSXWriter"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The indicator library: model, loading with source locations, checking, queries.
        .target(
            name: "IndicatorLibrary",
            dependencies: [.product(name: "Yams", package: "Yams")]
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
            dependencies: ["CXlsxWriter"]
        ),
        .executableTarget(
            name: "LabourMonitorCLI",
            dependencies: [
                "IndicatorLibrary",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "IndicatorLibraryTests",
            dependencies: ["IndicatorLibrary"]
        ),
        .testTarget(
            name: "XLSXWriterTests",
            dependencies: ["XLSXWriter"]
        ),
        .testTarget(
            name: "LabourMonitorCLITests",
            dependencies: ["LabourMonitorCLI"]
        ),
    ]
)
