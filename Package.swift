// swift-tools-version: 6.0
import PackageDescription

// Dependency rule (docs/ARCHITECTURE.md): Core ← UI ← Terminal ← CLI ← sdcoach; Store depends on Core only.
// Only CoachTerminal links ncurses.
let package = Package(
  name: "SDCoach",
  products: [
    .executable(name: "sdcoach", targets: ["sdcoach"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    .target(name: "CoachCore"),
    .target(name: "CoachUI", dependencies: ["CoachCore"]),
    .target(
      name: "CoachStore",
      dependencies: ["CoachCore", .product(name: "Yams", package: "Yams")],
      resources: [.copy("../../Content"), .copy("../../Rubrics")]
    ),
    .systemLibrary(name: "CNcursesw"),
    // Linux names the wide-character library ncursesw; macOS's SDK ships the same API as ncurses.
    .target(
      name: "CoachTerminal", dependencies: ["CoachUI", "CoachStore", "CNcursesw"],
      linkerSettings: [
        .linkedLibrary("ncursesw", .when(platforms: [.linux])), .linkedLibrary("ncurses", .when(platforms: [.macOS])),
      ]
    ),
    .target(
      name: "CoachCLI",
      dependencies: [
        "CoachTerminal", "CoachStore", "CoachUI", "CoachCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "sdcoach", dependencies: ["CoachCLI"]),
    .target(name: "CoachTestSupport", dependencies: ["CoachUI", "CoachCore"]),
    // Fixtures/ holds the FSRS oracle vectors, read through #filePath (no Python at test time).
    .testTarget(name: "CoachCoreTests", dependencies: ["CoachCore", "CoachTestSupport"], exclude: ["Fixtures"]),
    .testTarget(name: "CoachUITests", dependencies: ["CoachUI", "CoachTestSupport"]),
    .testTarget(name: "CoachStoreTests", dependencies: ["CoachStore", "CoachTestSupport"]),
    .testTarget(name: "CoachTerminalTests", dependencies: ["CoachTerminal", "CoachTestSupport"]),
    // sdcoach is a dependency so `swift test` builds the binary the end-to-end tests run.
    .testTarget(
      name: "CoachCLITests",
      dependencies: ["CoachCLI", "CoachStore", "CoachTestSupport", "sdcoach", .product(name: "Yams", package: "Yams")]
    ),
  ],
  swiftLanguageModes: [.v6]
)
