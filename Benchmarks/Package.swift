// swift-tools-version:6.1
// The benchmark suite, in its own package so that the main build stays lean (`make benchmark`).
import PackageDescription

let package = Package(
    name: "LabourMonitorBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "LabourMonitor", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .executableTarget(
            name: "LabourMonitorBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "IndicatorLibrary", package: "LabourMonitor"),
                .product(name: "SampleLibrary", package: "LabourMonitor"),
                .product(name: "FinalDocument", package: "LabourMonitor"),
                .product(name: "Site", package: "LabourMonitor"),
                .product(name: "IndicatorWorkbook", package: "LabourMonitor"),
                .product(name: "ChangesReport", package: "LabourMonitor"),
                .product(name: "OutputFiles", package: "LabourMonitor"),
                .product(name: "Pipeline", package: "LabourMonitor"),
                .product(name: "LibraryEditing", package: "LabourMonitor"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            path: "Benchmarks/LabourMonitorBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
