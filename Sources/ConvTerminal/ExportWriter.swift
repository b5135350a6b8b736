import ConvExplorer
import ConvMessages
import ConvScenes

/// Carries out the explorer's export effects: frame text into a new file that never replaces another.
public enum ExportWriter {
  /// An animation export larger than this (estimated) waits for a second `E`.
  public static let confirmationBytes = 4_000_000

  /// What an export did, and the status line that says so.
  public struct Outcome: Sendable {
    public enum Kind: Sendable {
      case written(path: String, bytes: Int)
      /// The file would be large: nothing was written; the same export again writes it.
      case needsConfirmation(SceneParameters)
      case failed
    }

    public var kind: Kind
    public var message: String
  }

  /// Performs an export in `directory`; a large animation needs `confirmed` (the second `E`).
  public static func perform(
    _ effect: ExplorerEffect, confirmed: Bool = false, in directory: String = "."
  ) -> Outcome {
    let renderer = TextRenderer()
    let base: String
    let steps: SceneSteps
    let frames: Range<Int>
    switch effect {
    case .exportFrame(let parameters, let step, let focus):
      guard let built = try? Scenes.build(parameters) else {
        return Outcome(
          kind: .failed, message: Message.explorer(.exportCannotBuild).text(in: parameters.language)
        )
      }
      base = "convscope-\(parameters.scene.rawValue)-frame-\(step + 1)"
      let text = renderer.render(built.frame(at: step, focus: focus))
      return write(base: base, in: directory, language: parameters.language) {
        file throws(WriteError) in try file.write(text)
      }
    case .exportAnimation(let parameters):
      guard let built = try? Scenes.build(parameters) else {
        return Outcome(
          kind: .failed, message: Message.explorer(.exportCannotBuild).text(in: parameters.language)
        )
      }
      steps = built
      frames = 0..<built.stepCount
      base = "convscope-\(parameters.scene.rawValue)-animation"
      // Frames of one scene share a layout; captions grow towards the end, so the last frame is the guide.
      let estimate =
        (renderer.render(steps.frame(at: frames.count - 1)).utf8.count + 32) * frames.count
      if estimate > confirmationBytes && !confirmed {
        return Outcome(
          kind: .needsConfirmation(parameters),
          message: Message.explorer(
            .exportConfirm(size: ByteSize(bytes: estimate), frames: frames.count)
          ).text(in: parameters.language)
        )
      }
    }
    return write(base: base, in: directory, language: steps.parameters.language) {
      file throws(WriteError) in
      try FrameStream.write(steps: steps, frames: frames, renderer: renderer) {
        bytes throws(WriteError) in try file.write(bytes: bytes)
      }
    }
  }

  /// Writes through `body` into a temporary file, then links it in as the first free
  /// `base.txt`, `base-2.txt`, …: the file appears whole or not at all, and never replaces another.
  /// The status line is in `language`.
  private static func write(
    base: String, in directory: String, language: Language,
    _ body: (inout OutputFile) throws(WriteError) -> Void
  ) -> Outcome {
    let prefix = directory == "." ? "" : directory + "/"
    do throws(WriteError) {
      var file = try OutputFile(newFile: prefix + base + ".txt")
      do throws(WriteError) {
        try body(&file)
      } catch {
        file.abandon()
        throw error
      }
      for attempt in 1..<10_000 {
        let name = prefix + (attempt == 1 ? "\(base).txt" : "\(base)-\(attempt).txt")
        if try file.commitIfNew(as: name) {
          file.finishNew()
          return Outcome(
            kind: .written(path: name, bytes: file.size),
            message: Message.explorer(.exported(file: name, size: ByteSize(bytes: file.size)))
              .text(in: language))
        }
      }
      file.abandon()
      return Outcome(
        kind: .failed,
        message: Message.explorer(.exportTooManyFiles(base: base)).text(in: language))
    } catch {
      return Outcome(
        kind: .failed,
        message: Message.io(.exportFailed(reason: error.why, file: prefix + base + ".txt"))
          .text(in: language))
    }
  }

}

/// Renders a scene's frames in order and hands them to a writer a batch at a time.
///
/// Only one batch of bytes is ever held, so a 4,096-frame animation needs the memory of a
/// few frames; a ``FrameTextStream`` redraws only what changes from frame to frame.
public enum FrameStream {
  /// Bytes gathered before they are handed to the writer.
  static let batchBytes = 1 << 18

  /// Writes `frames` of `steps` as text, each preceded by its separator line.
  public static func write(
    steps: SceneSteps, frames: Range<Int>, renderer: TextRenderer,
    _ sink: ([UInt8]) throws(WriteError) -> Void
  ) throws(WriteError) {
    // Columns keep the width of the whole animation, as in a one-piece export.
    var stream = FrameTextStream(
      steps: steps, width: renderer.limited ? renderer.width : nil, ascii: renderer.ascii,
      reserve: renderer.reserve)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(batchBytes + (1 << 16))
    for step in frames {
      stream.append(step: step, to: &bytes)
      if bytes.count >= batchBytes || step == frames.upperBound - 1 {
        try sink(bytes)
        bytes.removeAll(keepingCapacity: true)
      }
    }
  }
}
