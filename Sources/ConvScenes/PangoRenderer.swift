/// Pango markup with the ANSI renderer's 256 colours, for pictures:
/// `convert pango:"$(convscope export conv --format pango --frame 3)" frame.png`.
///
/// The colours are the xterm 256-colour palette as RGB, on a dark background.
public struct PangoRenderer: Sendable {
  public var width: Int
  public var ascii: Bool
  public var font: String
  public var background: String
  public var foreground: String

  public init(
    width: Int = 100, ascii: Bool = false, font: String = "DejaVu Sans Mono 11",
    background: String = "#1c1f26",
    foreground: String = "#d8dee9"
  ) {
    self.width = width
    self.ascii = ascii
    self.font = font
    self.background = background
    self.foreground = foreground
  }

  public func render(_ frame: Frame) -> String {
    let ansi = ANSIRenderer(width: width, ascii: ascii, palette: .colors256)
    let canvas = ansi.canvas(frame).shadingHeatByColour()
    var lines: [String] = []
    for y in 0..<canvas.height {
      var line = ""
      var run = ""
      var runStyle: Style? = nil
      func flush() {
        guard let style = runStyle, !run.isEmpty else { return }
        let attributes = Self.attributes(ansi.sgr(style))
        line +=
          attributes.isEmpty ? Self.escape(run) : "<span\(attributes)>\(Self.escape(run))</span>"
        run = ""
      }
      for x in 0..<canvas.width {
        let char = canvas[x, y]
        if char.style != runStyle {
          flush()
          runStyle = char.style
        }
        run += char.text
      }
      flush()
      lines.append(line)
    }
    return "<span font=\"\(font)\" foreground=\"\(foreground)\" background=\"\(background)\">"
      + lines.joined(separator: "\n") + "</span>"
  }

  /// Pango attributes for SGR parameters: bold, dim, underline, 256-colour foreground and background.
  static func attributes(_ sgr: String) -> String {
    let parts = sgr.split(separator: ";").compactMap { Int($0) }
    var result = ""
    var index = 0
    while index < parts.count {
      switch parts[index] {
      case 1: result += " weight=\"bold\""
      case 2: result += " alpha=\"60%\""
      case 4: result += " underline=\"single\""
      case 38 where index + 2 < parts.count:
        result += " foreground=\"\(rgb(parts[index + 2]))\""
        index += 2
      case 48 where index + 2 < parts.count:
        result += " background=\"\(rgb(parts[index + 2]))\""
        index += 2
      default: break
      }
      index += 1
    }
    return result
  }

  /// The xterm colour `n` (16…255) as `#rrggbb`; 0…15 as the usual VGA-like values.
  static func rgb(_ n: Int) -> String {
    let r: Int
    let g: Int
    let b: Int
    if n >= 232 {
      let level = 8 + 10 * (n - 232)
      (r, g, b) = (level, level, level)
    } else if n >= 16 {
      let levels = [0, 95, 135, 175, 215, 255]
      let cube = n - 16
      (r, g, b) = (levels[cube / 36], levels[(cube / 6) % 6], levels[cube % 6])
    } else {
      let basic = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
        (0, 205, 205),
        (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
        (255, 0, 255), (0, 255, 255), (255, 255, 255),
      ]
      (r, g, b) = basic[max(0, n)]
    }
    func hex(_ v: Int) -> String {
      let text = String(v, radix: 16)
      return text.count == 1 ? "0" + text : text
    }
    return "#" + hex(r) + hex(g) + hex(b)
  }

  /// Numeric references, because ImageMagick's pango reader decodes named ones before Pango sees them.
  static func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&#38;"
      case "<": result += "&#60;"
      case ">": result += "&#62;"
      case "\"": result += "&#34;"
      default: result.append(character)
      }
    }
    return result
  }
}
