import ConvScenes
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Carries out the export effects: frame text into a new file that never replaces another.
public enum ExportWriter {
  /// Performs an export in `directory` and returns the status line to show.
  public static func perform(_ effect: ExplorerEffect, in directory: String = ".") -> String {
    let (base, text): (String, String)
    switch effect {
    case .exportFrame(let parameters, let step, let focus):
      guard let steps = try? Scenes.build(parameters) else {
        return "export failed: the scene cannot be built"
      }
      base = "convscope-\(parameters.scene.rawValue)-frame-\(step + 1)"
      text = TextRenderer().render(steps.frame(at: step, focus: focus))
    case .exportAnimation(let parameters):
      guard let steps = try? Scenes.build(parameters) else {
        return "export failed: the scene cannot be built"
      }
      base = "convscope-\(parameters.scene.rawValue)-animation"
      text = TextRenderer().render(steps.frames)
    }
    do {
      let path = try writeNew(text, base: base, extension: "txt", in: directory)
      return "exported \(path)"
    } catch {
      return "export failed: \(error.localizedDescription)"
    }
  }

  /// Writes `text` to `base.ext`, or `base-2.ext`, `base-3.ext`, … whichever does not exist yet.
  ///
  /// The file is created with O_EXCL, so even a file that appears between
  /// the check and the write is never replaced.
  public static func writeNew(
    _ text: String, base: String, extension ext: String, in directory: String
  ) throws
    -> String
  {
    var attempt = 1
    while attempt < 10_000 {
      let name = attempt == 1 ? "\(base).\(ext)" : "\(base)-\(attempt).\(ext)"
      let path = directory == "." ? name : (directory as NSString).appendingPathComponent(name)
      let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
      if fd < 0 {
        if errno == EEXIST {
          attempt += 1
          continue
        }
        throw ExportError(path: path, reason: String(cString: strerror(errno)))
      }
      let bytes = Array(text.utf8)
      var written = 0
      while written < bytes.count {
        let result = bytes.withUnsafeBytes {
          write(fd, $0.baseAddress! + written, bytes.count - written)
        }
        if result <= 0 {
          let reason = String(cString: strerror(errno))
          close(fd)
          throw ExportError(path: path, reason: reason)
        }
        written += result
      }
      close(fd)
      return path
    }
    throw ExportError(path: "\(base).\(ext)", reason: "too many files with that name already")
  }
}

/// Why an export could not be written.
public struct ExportError: Error, LocalizedError {
  public var path: String
  public var reason: String
  public var errorDescription: String? { "\(path): \(reason)" }
}
