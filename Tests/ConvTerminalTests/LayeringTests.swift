import Foundation
import Testing

/// The package's root, found from this file's path (Tests/ConvTerminalTests/LayeringTests.swift).
private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

/// Modules that are the C library or the C curses binding.
private let cModules: Set<String> = [
  "Glibc", "SwiftGlibc", "Darwin", "Musl", "WASILibc", "Bionic", "Android", "ucrt", "WinSDK",
  "CRT", "CNCurses",
]

/// Foundation and its parts, which on Linux wrap the C library.
private let foundationModules: Set<String> = [
  "Foundation", "FoundationEssentials", "FoundationInternationalization", "FoundationNetworking",
  "FoundationXML",
]

/// Targets that may import a C module, and why.
private let cAllowed: [String: String] = [
  "ConvTerminal": "the one module that calls C",
  "convscope-hostile":
    "runs the real binary from outside (posix_spawn, waitpid, tmux) and has no package dependencies by design",
]

/// Targets that may still import Foundation, and why; every other target must not.
private let foundationAllowed: [String: String] = [
  "convscope-hostile": "self-contained: temporary directories and reading /proc"
]

/// Every `import X` in a Swift file (attributes such as @testable and kinds such as `struct` allowed).
private func importedModules(_ text: String) -> [String] {
  var modules: [String] = []
  for line in text.split(separator: "\n") {
    var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })[...]
    while let first = words.first, first.hasPrefix("@") { words = words.dropFirst() }
    guard words.first == "import", words.count >= 2 else { continue }
    words = words.dropFirst()
    let kinds: Set<Substring> = [
      "typealias", "struct", "class", "enum", "protocol", "let", "var", "func",
    ]
    if let kind = words.first, kinds.contains(kind) { words = words.dropFirst() }
    guard let name = words.first else { continue }
    modules.append(String(name.split(separator: ".").first ?? name))
  }
  return modules
}

/// Each Swift source file under Sources/, by target.
private func sourceFiles() throws -> [(target: String, path: String, text: String)] {
  let sources = packageRoot.appendingPathComponent("Sources")
  var files: [(String, String, String)] = []
  for target in try FileManager.default.contentsOfDirectory(atPath: sources.path).sorted() {
    let directory = sources.appendingPathComponent(target)
    guard let walker = FileManager.default.enumerator(atPath: directory.path) else { continue }
    for case let relative as String in walker where relative.hasSuffix(".swift") {
      let path = directory.appendingPathComponent(relative).path
      files.append(
        (target, "Sources/\(target)/\(relative)", try String(contentsOfFile: path, encoding: .utf8))
      )
    }
  }
  return files
}

/// Each target's direct dependencies within the package, read from Package.swift.
func packageDependencies(_ manifest: String) -> [String: Set<String>] {
  let text = Array(manifest)
  var targets: [String: [String]] = [:]
  for kind in [".target(", ".executableTarget(", ".testTarget(", ".systemLibrary("] {
    var search = manifest.startIndex
    while let found = manifest.range(of: kind, range: search..<manifest.endIndex) {
      search = found.upperBound
      // The call's text, up to its balanced closing parenthesis.
      var depth = 1
      var index = manifest.distance(from: manifest.startIndex, to: found.upperBound)
      let start = index
      while index < text.count && depth > 0 {
        if text[index] == "(" { depth += 1 }
        if text[index] == ")" { depth -= 1 }
        index += 1
      }
      let call = String(text[start..<index])
      guard let nameRange = call.range(of: #"name: "([^"]+)""#, options: .regularExpression) else {
        continue
      }
      let name = call[nameRange].dropFirst(7).dropLast()
      var dependencies: [String] = []
      if let list = call.range(of: "dependencies: [") {
        let rest = Array(call[list.upperBound...])
        var bracket = 1
        var end = 0
        while end < rest.count && bracket > 0 {
          if rest[end] == "[" { bracket += 1 }
          if rest[end] == "]" { bracket -= 1 }
          end += 1
        }
        let inside = String(rest[0..<max(0, end - 1)])
        var scan = inside.startIndex
        while let quoted = inside.range(
          of: #""[^"]+""#, options: .regularExpression, range: scan..<inside.endIndex)
        {
          dependencies.append(String(inside[quoted].dropFirst().dropLast()))
          scan = quoted.upperBound
        }
      }
      targets[String(name)] = dependencies
    }
  }
  // Only names that are targets of this package (drops products such as ArgumentParser).
  var graph: [String: Set<String>] = [:]
  for (name, dependencies) in targets {
    graph[name] = Set(dependencies.filter { targets[$0] != nil })
  }
  return graph
}

/// Everything `target` depends on, directly or through other targets.
func reachable(from target: String, in graph: [String: Set<String>]) -> Set<String> {
  var seen = Set<String>()
  var stack = Array(graph[target] ?? [])
  while let next = stack.popLast() {
    guard seen.insert(next).inserted else { continue }
    stack.append(contentsOf: graph[next] ?? [])
  }
  return seen
}

@Suite("Layers: only ConvTerminal calls C, and dependencies run one way")
struct LayeringTests {
  @Test("no module but ConvTerminal imports the C library or curses")
  func cImports() throws {
    let files = try sourceFiles()
    #expect(files.count > 50, "found only \(files.count) source files under \(packageRoot.path)")
    for file in files where cAllowed[file.target] == nil {
      for module in importedModules(file.text) where cModules.contains(module) {
        Issue.record("\(file.path) imports \(module); only ConvTerminal may call C")
      }
    }
  }

  @Test(
    "Foundation stays out of the engine, the protocol, the explorer, the terminal and the executables"
  )
  func foundationImports() throws {
    for file in try sourceFiles() where foundationAllowed[file.target] == nil {
      for module in importedModules(file.text) where foundationModules.contains(module) {
        Issue.record("\(file.path) imports \(module)")
      }
    }
  }

  @Test("the import scanner sees imports behind attributes and conditions")
  func scanner() {
    let text = """
      #if canImport(Glibc)
        import Glibc
      #endif
      @testable import ConvExplorer
      @_implementationOnly import CNCurses
      import struct Foundation.Data
      // import Darwin is only a comment
      """
    #expect(importedModules(text) == ["Glibc", "ConvExplorer", "CNCurses", "Foundation"])
  }

  @Test(
    "the module graph is ConvArithmetic → ConvCompute / ConvScenes → ConvExplorer → ConvTerminal → convscope"
  )
  func dependencyGraph() throws {
    let manifest = try String(
      contentsOf: packageRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
    let graph = packageDependencies(manifest)
    for name in ["ConvArithmetic", "ConvCompute", "ConvScenes", "ConvExplorer", "ConvTerminal"] {
      #expect(graph[name] != nil, "Package.swift has no target \(name)")
    }
    let below = { (name: String) in reachable(from: name, in: graph) }
    #expect(below("ConvArithmetic").isEmpty, "the engine depends on \(below("ConvArithmetic"))")
    // The message catalogue sits on the engine, and JSON on both (its refusals are message
    // values): both layers above read them.
    for (name, allowed) in [
      ("ConvMessages", ["ConvArithmetic"]), ("ConvJSON", ["ConvArithmetic", "ConvMessages"]),
    ] {
      #expect(graph[name] != nil, "Package.swift has no target \(name)")
      let wrong = below(name).subtracting(allowed)
      #expect(wrong.isEmpty, "\(name) depends on \(wrong.sorted())")
    }
    for (upper, lower) in [("ConvCompute", "ConvScenes"), ("ConvScenes", "ConvCompute")] {
      #expect(!below(upper).contains(lower), "\(upper) depends on \(lower)")
    }
    for name in ["ConvCompute", "ConvScenes"] {
      let wrong = below(name).intersection(["ConvExplorer", "ConvTerminal", "CNCurses"])
      #expect(wrong.isEmpty, "\(name) depends on \(wrong.sorted())")
    }
    let explorerWrong = below("ConvExplorer").intersection([
      "ConvTerminal", "CNCurses", "ConvCompute",
    ])
    #expect(explorerWrong.isEmpty, "ConvExplorer depends on \(explorerWrong.sorted())")
    // Only ConvTerminal links curses directly; executables reach it through ConvTerminal.
    for (name, dependencies) in graph where dependencies.contains("CNCurses") {
      #expect(name == "ConvTerminal", "\(name) depends on CNCurses directly")
    }
    #expect(!below("ConvTerminal").contains("convscope"))
  }

  @Test("the manifest reader finds dependencies, skipping products")
  func manifestReader() {
    let graph = packageDependencies(
      """
      .target(name: "A"),
      .target(name: "B", dependencies: ["A", .product(name: "P", package: "p")]),
      .executableTarget(name: "c", dependencies: ["B"]),
      """)
    #expect(graph == ["A": [], "B": ["A"], "c": ["B"]])
    #expect(reachable(from: "c", in: graph) == ["A", "B"])
  }
}
