import ArgumentParser
import ConvArithmetic
import ConvMessages
import ConvScenes

/// Lists the scenes, the parameters each one reads with their defaults, and the presets.
struct ScenesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scenes",
    abstract: "List the scenes, their parameters and defaults, and the presets.")

  @Option(name: .customLong("lang"), help: LanguageOption.help) var lang: String?

  func run() throws {
    print(Self.listing(in: try languageOption.language()))
  }

  static func listing(in language: Language = .english) -> String {
    func say(_ text: ListingText) -> String { Message.listing(text).text(in: language) }
    var lines = [say(.scenesHeading), ""]
    for scene in SceneKind.allCases {
      let d = SceneParameters.defaults(for: scene)
      lines.append("  \(scene.rawValue): \(scene.summary(in: language))")
      var defaults: [String] = []
      for parameter in SceneParameter.allCases where SceneParameters.uses(parameter, in: scene) {
        let value: Pair
        switch parameter {
        case .input: value = d.input
        case .kernel: value = d.kernel
        case .stride: value = d.stride
        case .padding: value = d.padding
        case .dilation: value = d.dilation
        case .outputPadding: value = d.outputPadding
        case .inChannels: value = Pair(d.channels.inChannels)
        case .outChannels: value = Pair(d.channels.outChannels)
        case .groups: value = Pair(d.channels.groups)
        }
        defaults.append(
          "--\(parameter.rawValue) \(value.isSquare ? "\(value.h)" : "\(value.h)x\(value.w)")")
      }
      if SceneParameters.usesValues(in: scene) { defaults.append("--values \(d.values.name)") }
      if StackScenes.handles(scene) { defaults += StackOptions.listing(d) }
      if scene == .transposed { defaults.append("--view zeros|scatter") }
      if scene == .channels {
        defaults.append("--multiplier 1 --mode standard|pointwise|depthwise|separable")
      }
      if scene == .bnfold { defaults.append("--bn-values readable --eps 1e-05") }
      defaults += MatrixOptions.listedDefaults(scene, d)
      if SymbolicScenes.flip.contains(scene) { defaults.append("[--flip]") }
      lines.append(say(.defaults) + defaults.joined(separator: " "))
      let presets =
        StackScenes.handles(scene)
        ? StackScenes.presets(for: scene).map(\.name)
        : Presets.all.filter { $0.scene == scene }.map(\.name)
      if !presets.isEmpty { lines.append(say(.presets) + presets.joined(separator: ", ")) }
    }
    lines.append("")
    lines.append(say(.valuesHelp))
    lines.append(say(.valuesFileHelp))
    lines.append(say(.paddingHelp))
    lines.append("")
    lines.append(say(.presetsHeading))
    let width = Presets.all.map(\.name.count).max() ?? 0
    for preset in Presets.all {
      let name = preset.name.padded(to: width)
      lines.append(
        "  \(name)  \(preset.scene.rawValue.padded(to: 10)) \(preset.summary(in: language))"
      )
    }
    lines.append(say(.transposedPresetsNote))
    return lines.joined(separator: "\n")
  }
}

extension ScenesCommand: LanguageChoosing {
  var wordingLanguage: Language { languageOption.wording() }
}
