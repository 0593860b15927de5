// swift-tools-version:6.1
// The fuzz target for the library's loader and checker (and, for a library that passes, every renderer), in its own package so that the main build
// never carries the fuzzer's instrumentation. Run it with `make fuzz` from the repository root.
import PackageDescription

let package = Package(
    name: "LabourMonitorFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "LabourMonitor", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "LibraryFuzzer",
            dependencies: [
                .product(name: "IndicatorLibrary", package: "LabourMonitor"),
                .product(name: "FinalDocument", package: "LabourMonitor"),
                .product(name: "IndicatorWorkbook", package: "LabourMonitor"),
                .product(name: "ChangesReport", package: "LabourMonitor"),
            ]
        ),
    ]
)
