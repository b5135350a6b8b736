import ArgumentParser
import ConvArithmetic
import ConvMessages
import ConvScenes
import ConvTerminal

/// Renders a scene's frames as text, ANSI text, JSON or an asciicast stream.
///
///     convscope export conv --preset padding_strides_odd --frame 3
///     convscope export transposed --view scatter --format cast --output scatter.cast
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Render a scene's frames as text, ANSI, JSON or asciicast.",
    discussion: """
      Text and ANSI output put the line `----- frame N of M -----` before every frame (not when one frame is chosen with --frame), a stable separator to split on.

      JSON has the shape {"scene", "parameters", "frames": [{"index", "count", "captions", "panels": [{"name", "title", "rows", "cols", "values", "roles"}]}]}, with null where a cell shows no number (and, with --values symbolic, a named cell's name as a string, such as "x[0,1]"); roles are names such as input, padding, window_tap, output_pending.

      --output writes a temporary file beside FILE and renames it over FILE, so FILE is replaced whole or not at all (keeping its permissions; a symbolic link's target is replaced); on any error nothing is written. --output - writes to standard output.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, ansi, json, cast
    /// Pango markup in colour, for pictures (see scripts/screenshots.sh).
    case pango
    /// A Python script that reproduces the scene's numbers with torch.nn.functional.
    case pytorch
  }

  @Argument(help: "The scene: conv, transposed, unpool or bilinear.")
  var scene: String

  @OptionGroup var options: SceneOptions

  @Option(
    help:
      "Output format: text, ansi, json, cast, pango (markup for pictures), or pytorch (a script that reproduces the numbers)."
  )
  var format: Format = .text
  @Option(help: "Export only frame N (1-based).") var frame: Int?
  @Flag(help: "Export every frame (the default).") var all = false
  @Option(help: "Write to FILE (atomically) instead of standard output; - is standard output.")
  var output: String?
  @Flag(help: "Draw with ASCII characters only.") var ascii = false
  @Option(
    help: ArgumentHelp(
      "Fit every line in COLUMNS columns: panels too wide round their numbers, then shade cells by value (default: no limit; panels and captions wrap at 100 columns, and a wider panel keeps every number).",
      valueName: "columns"))
  var width: Int?
  @Option(help: "ANSI colours: 256, 8 or none (default: from NO_COLOR, COLORTERM and TERM).")
  var colors: String?

  func run() throws {
    guard let kind = SceneKind(rawValue: scene) else {
      throw CommandFailure(SceneError.unknownScene(scene).message)
    }
    if frame != nil && all { throw CommandFailure(.frameAndAll) }
    if let width, !Limits.exportWidths.contains(width) {
      throw CommandFailure(.widthRange(width: width, allowed: Limits.exportWidths))
    }
    let depth: ColourDepth
    if let colors {
      guard let chosen = ColourDepth(rawValue: colors) else {
        throw CommandFailure(.unknownColours(text: colors))
      }
      depth = chosen
    } else {
      depth = ColourDepth.detect(
        noColor: CurrentProcess.environment("NO_COLOR"), term: CurrentProcess.environment("TERM"),
        colorTerm: CurrentProcess.environment("COLORTERM"))
    }
    let steps: SceneSteps
    do {
      steps = try Scenes.build(options.parameters(for: kind))
    } catch {
      throw CommandFailure(error.message)
    }
    if format == .pytorch {
      let script: String
      do {
        script = try PyTorchScript.script(for: options.parameters(for: kind))
      } catch {
        throw CommandFailure(error.message)
      }
      return try ExportDestination.open(output) { sink throws(WriteError) in try sink(.text(script))
      }
    }
    if let frame {
      guard frame >= 1 && frame <= steps.stepCount else {
        throw CommandFailure(.frameRange(scene: kind.rawValue, count: steps.stepCount))
      }
    }
    try ExportDestination.open(output) { sink throws(WriteError) in
      if let frame {
        try sink(
          Self.render(
            [steps.frame(at: frame - 1)], steps: steps, format: format, width: width, ascii: ascii,
            depth: depth))
      } else if format == .text || format == .ansi {
        // Frame by frame into one reused buffer, so that long animations stay small in memory.
        var stream = FrameTextStream(
          steps: steps, width: width, ascii: ascii, depth: format == .ansi ? depth : .monochrome)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(Self.flushBytes + (1 << 16))
        for step in 0..<steps.stepCount {
          stream.append(step: step, to: &buffer)
          if buffer.count >= Self.flushBytes || step == steps.stepCount - 1 {
            try sink(.bytes(buffer))
            buffer.removeAll(keepingCapacity: true)
          }
        }
      } else {
        try sink(
          Self.render(
            steps.frames, steps: steps, format: format, width: width, ascii: ascii, depth: depth))
      }
    }
  }

  /// Bytes gathered before a streamed export writes them out.
  static let flushBytes = 1 << 18

  /// The exported text in `format`; a single text frame is printed without its separator line.
  static func render(
    _ frames: [Frame], steps: SceneSteps, format: Format, width: Int?, ascii: Bool,
    depth: ColourDepth
  ) -> ExportChunk {
    // One frame is laid out as it is within the whole animation.
    let reserve = LayoutReserve(steps)
    switch format {
    case .text:
      let renderer = TextRenderer(width: width, ascii: ascii, reserve: reserve)
      return .text(frames.count == 1 ? renderer.render(frames[0]) : renderer.render(frames))
    case .ansi:
      let renderer = ANSIRenderer(width: width, ascii: ascii, depth: depth, reserve: reserve)
      return .text(frames.count == 1 ? renderer.render(frames[0]) : renderer.render(frames))
    case .json:
      return .text(JSONRenderer().render(frames, parameters: steps.parameters))
    case .pango:
      let renderer = PangoRenderer(width: width ?? TextRenderer.flowWidth, ascii: ascii)
      return .text(frames.map { renderer.render($0) }.joined(separator: "\n"))
    case .pytorch:
      return .text((try? PyTorchScript.script(for: steps.parameters)) ?? "")
    case .cast:
      return .text(
        CastRenderer(width: width, ascii: ascii, depth: depth)
          .render(frames, title: "convscope \(steps.parameters.scene.rawValue)"))
    }
  }
}

/// Where an export goes: standard output (no --output, or `--output -`) or a file
/// replaced atomically; every write error ends the command with one sentence and status 1.
enum ExportDestination {
  static func open(
    _ output: String?, _ body: ((ExportChunk) throws(WriteError) -> Void) throws(WriteError) -> Void
  )
    throws
  {
    guard let output, output != "-" else {
      let standardOutput = StandardOutput()
      do throws(WriteError) {
        try body { chunk throws(WriteError) in
          switch chunk {
          case .text(let text): try standardOutput.write(text)
          case .bytes(let bytes): try standardOutput.write(bytes: bytes)
          }
        }
      } catch {
        throw CommandFailure(error.sentence, status: .failure)
      }
      return
    }
    guard !output.isEmpty else {
      throw CommandFailure(.emptyOutputName)
    }
    CleanupOnSignal.install()
    do throws(WriteError) {
      var file = try OutputFile(replacing: output)
      do throws(WriteError) {
        try body { chunk throws(WriteError) in
          switch chunk {
          case .text(let text): try file.write(text)
          case .bytes(let bytes): try file.write(bytes: bytes)
          }
        }
        try file.commit()
      } catch {
        file.abandon()
        throw error
      }
    } catch {
      throw CommandFailure(error.sentence, status: .failure)
    }
  }
}

/// A piece of an export: text, or bytes already encoded as UTF-8 (a streamed animation).
enum ExportChunk {
  case text(String)
  case bytes([UInt8])
}
