import ArgumentParser
import ConvArithmetic
import ConvMessages
import ConvScenes
import ConvTerminal

/// Renders a scene's frames as text, ANSI text, JSON, an asciicast stream or SVG slides.
///
///     convscope export conv --preset padding_strides_odd --frame 3
///     convscope export transposed --view scatter --format cast --output scatter.cast
///     convscope export conv --format svg --output conv.svg             # animated
///     convscope export conv --format svg --split --output slides/conv.svg   # conv-001.svg …
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Render a scene's frames as text, ANSI, JSON, asciicast or SVG.",
    discussion: """
      Text and ANSI output put the line `----- frame N of M -----` before every frame (not when one frame is chosen with --frame), a stable separator to split on.

      JSON has the shape {"scene", "parameters", "frames": [{"index", "count", "captions", "panels": [{"name", "title", "rows", "cols", "values", "roles"}]}]}, with null where a cell shows no number (and, with --values symbolic, a named cell's name as a string, such as "x[0,1]"); roles are names such as input, padding, window_tap, output_pending.

      SVG (slides): with --frame N, one frame; otherwise one animated SVG that shows every frame in turn, a second each, repeating (SMIL; a viewer without it shows the first frame); with --split and --output NAME.svg, one file per frame: NAME-001.svg, NAME-002.svg, … The text stays text, in the styling model's colours.

      --output writes a temporary file beside FILE and renames it over FILE, so FILE is replaced whole or not at all (keeping its permissions; a symbolic link's target is replaced); on any error nothing is written. --output - writes to standard output.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, ansi, json, cast
    /// SVG slides: one frame, an animation, or numbered files (with `--split`).
    case svg
    /// A Python script that reproduces the scene's numbers with torch.nn.functional.
    case pytorch
  }

  @Argument(help: "The scene: conv, transposed, unpool or bilinear.")
  var scene: String

  @OptionGroup var options: SceneOptions

  @Option(
    help:
      "Output format: text, ansi, json, cast, svg (slides), or pytorch (a script that reproduces the numbers)."
  )
  var format: Format = .text
  @Option(help: "Export only frame N (1-based).") var frame: Int?
  @Flag(help: "Export every frame (the default).") var all = false
  @Flag(
    help:
      "With --format svg: write each frame to its own file, numbered after --output (NAME.svg gives NAME-001.svg, NAME-002.svg, …)."
  )
  var split = false
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
  @Option(name: .customLong("lang"), help: LanguageOption.help) var lang: String?

  func run() throws {
    let language = try languageOption.language()
    guard let kind = SceneKind(rawValue: scene) else {
      throw CommandFailure(SceneError.unknownScene(scene).message)
    }
    if frame != nil && all { throw CommandFailure(.frameAndAll) }
    try checkSlideOptions()
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
    var parameters: SceneParameters
    do {
      parameters = try options.parameters(for: kind)
      parameters.language = language
      steps = try Scenes.build(parameters)
    } catch {
      throw CommandFailure(error.message)
    }
    if format == .pytorch {
      let script: String
      do {
        script = try PyTorchScript.script(for: parameters)
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
    if split {
      return try Self.writeSlides(steps, output: output ?? "", width: width, ascii: ascii)
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
      } else if format == .svg {
        try Self.streamSlides(steps, width: width, ascii: ascii, to: sink)
      } else if format == .cast {
        // Frame by frame as well, never holding the frames or their screens.
        try CastRenderer(width: width, ascii: ascii, depth: depth).write(
          steps, title: Self.castTitle(steps)
        ) { bytes throws(WriteError) in try sink(.bytes(bytes)) }
      } else if format == .json {
        // Frame by frame as well: 8 channels of 16×16 make 173 MB of JSON, never held whole.
        try JSONRenderer().write(steps) { bytes throws(WriteError) in try sink(.bytes(bytes)) }
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
    case .svg:
      let renderer = SVGRenderer(width: width, ascii: ascii, reserve: reserve)
      return frames.count == 1 ? .bytes(renderer.bytes(frames[0])) : .text(renderer.render(frames))
    case .pytorch:
      return .text((try? PyTorchScript.script(for: steps.parameters)) ?? "")
    case .cast:
      return .text(
        CastRenderer(width: width, ascii: ascii, depth: depth)
          .render(frames, title: castTitle(steps)))
    }
  }

  /// The title in a recording's header.
  static func castTitle(_ steps: SceneSteps) -> String {
    "convscope \(steps.parameters.scene.rawValue)"
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
        throw CommandFailure(error.message, status: .failure)
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
      throw CommandFailure(error.message, status: .failure)
    }
  }
}

/// A piece of an export: text, or bytes already encoded as UTF-8 (a streamed animation).
enum ExportChunk {
  case text(String)
  case bytes([UInt8])
}

extension Export: LanguageChoosing {
  var wordingLanguage: Language { languageOption.wording() }
}
