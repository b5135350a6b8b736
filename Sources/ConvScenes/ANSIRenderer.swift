/// Text with ANSI colours: 256 colours, 8 colours, or none.
///
///     let palette = ANSIRenderer.Palette.detect(ProcessInfo.processInfo.environment)
///     print(ANSIRenderer(width: 100, palette: palette).render(frame))
public struct ANSIRenderer: Sendable {
  /// How many colours the terminal understands.
  public enum Palette: String, CaseIterable, Sendable {
    case colors256 = "256"
    case colors8 = "8"
    case none

    /// The palette the environment asks for: none when `NO_COLOR` is set (any value)
    /// or `TERM` is `dumb`; 256 when `COLORTERM` is set or `TERM` mentions 256 colours; else 8.
    public static func detect(_ environment: [String: String]) -> Palette {
      if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
      let term = environment["TERM"] ?? ""
      if term == "dumb" { return .none }
      if let colorterm = environment["COLORTERM"], !colorterm.isEmpty { return .colors256 }
      if term.contains("256") || term.contains("direct") { return .colors256 }
      return .colors8
    }
  }

  /// Where panels and captions wrap; a hard limit only when `limited` (see ``TextRenderer``).
  public var width: Int
  public var limited: Bool
  public var ascii: Bool
  public var palette: Palette
  /// Column widths kept across the frames of one animation.
  public var reserve: LayoutReserve?

  public init(
    width: Int? = nil, ascii: Bool = false, palette: Palette = .colors256,
    reserve: LayoutReserve? = nil
  ) {
    self.width = width ?? TextRenderer.flowWidth
    self.limited = width != nil
    self.ascii = ascii
    self.palette = palette
    self.reserve = reserve
  }

  /// The frame's canvas, as every renderer built on this one lays it out.
  func canvas(_ frame: Frame) -> Canvas {
    FrameLayout.lay(
      frame, width: width, ascii: ascii, hits: false, limited: limited, reserve: reserve
    ).canvas
  }

  /// One frame: its lines joined by `lineEnd`, each line ending with a reset.
  public func render(_ frame: Frame, lineEnd: String = "\n") -> String {
    var canvas = canvas(frame)
    if palette != .none { canvas = canvas.shadingHeatByColour() }
    return (0..<canvas.height).map { line(canvas, $0) }.joined(separator: lineEnd) + lineEnd
  }

  /// Every frame of `steps`, built one at a time, each preceded by the text renderer's separator line.
  public func render(_ steps: SceneSteps) -> String {
    var renderer = self
    if renderer.reserve == nil { renderer.reserve = LayoutReserve(steps) }
    var text = ""
    for step in 0..<steps.stepCount {
      let frame = steps.frame(at: step)
      text +=
        TextRenderer.separator(index: frame.index, count: frame.count) + "\n"
        + renderer.render(frame)
    }
    return text
  }

  /// Several frames, each preceded by the text renderer's separator line.
  public func render(_ frames: [Frame]) -> String {
    var renderer = self
    if renderer.reserve == nil { renderer.reserve = LayoutReserve(frames) }
    return frames.map {
      TextRenderer.separator(index: $0.index, count: $0.count) + "\n" + renderer.render($0)
    }.joined()
  }

  /// One canvas row with SGR codes at each change of style; trailing plain spaces dropped.
  func line(_ canvas: Canvas, _ y: Int) -> String {
    var end = canvas.width
    while end > 0 && canvas[end - 1, y].text == " " && !paintsSpaces(canvas[end - 1, y].style) {
      end -= 1
    }
    var text = ""
    var current: String? = nil
    for x in 0..<end {
      let char = canvas[x, y]
      let code = sgr(char.style)
      if code != current {
        if current != nil && current != "" { text += "\u{1B}[0m" }
        if !code.isEmpty { text += "\u{1B}[\(code)m" }
        current = code
      }
      text += char.text
    }
    if let current, !current.isEmpty { text += "\u{1B}[0m" }
    return text
  }

  /// Whether a space in this style shows (a background or an underline), so it must not be trimmed.
  func paintsSpaces(_ style: Style) -> Bool {
    sgr(style).split(separator: ";").contains { part in
      part == "4" || part == "7" || part == "48" || (part.count == 2 && part.hasPrefix("4"))
    }
  }

  /// The SGR parameters for a style, or "" for the terminal's default.
  public func sgr(_ style: Style) -> String {
    if palette == .none { return "" }
    let wide = palette == .colors256
    switch style {
    case .plain: return ""
    case .title: return "1"
    case .caption: return ""
    case .hint: return wide ? "38;5;244" : "2"
    case .status: return "7"
    case .cell(let role, let heat, let highlighted):
      var code = cellCode(role, heat: heat, wide: wide)
      if highlighted { code += code.isEmpty ? "1;4" : ";1;4" }
      return code
    }
  }

  private func cellCode(_ role: CellRole, heat: Double?, wide: Bool) -> String {
    switch role {
    case .input: return wide ? "38;5;39" : "34"
    case .padding: return wide ? "38;5;242" : "2"
    case .insertedZero: return wide ? "38;5;178" : "33"
    case .outputPadding: return wide ? "38;5;170" : "35"
    case .kernelTap: return wide ? "38;5;208" : "31"
    case .dilationHole: return wide ? "38;5;246;48;5;236" : "2;47"
    case .window: return wide ? "48;5;24" : "44"
    case .windowTap: return wide ? "1;38;5;231;48;5;25" : "1;37;44"
    case .windowPadding: return wide ? "38;5;248;48;5;25" : "2;37;44"
    case .windowInsertedZero: return wide ? "38;5;186;48;5;25" : "33;44"
    case .windowOutputPadding: return wide ? "38;5;219;48;5;25" : "35;44"
    case .outputDone: return wide ? "38;5;71" : "32"
    case .outputCurrent: return wide ? "1;38;5;231;48;5;28" : "1;30;42"
    case .outputPending: return wide ? "38;5;240" : "2"
    case .neverVisited: return wide ? "38;5;160" : "31"
    case .switchCell: return wide ? "1;38;5;16;48;5;220" : "1;30;43"
    case .cropped: return wide ? "38;5;240" : "2"
    case .blank: return ""
    case .heat:
      let level = min(1, max(0, heat ?? 0))
      if wide {
        // Dark red through orange to yellow.
        let ramp = [52, 88, 124, 160, 196, 202, 208, 214, 220, 226]
        let colour = ramp[min(ramp.count - 1, Int((level * Double(ramp.count - 1)).rounded()))]
        // White text on the dark reds, black on the bright end, as the explorer draws them.
        return "38;5;\(level < 0.45 ? 231 : 16);48;5;\(colour)"
      }
      return level < 0.34 ? "37;44" : level < 0.67 ? "30;41" : "30;43"
    }
  }
}
