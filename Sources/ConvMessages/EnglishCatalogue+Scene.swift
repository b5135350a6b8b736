import ConvArithmetic

extension EnglishCatalogue {
  func scene(_ problem: SceneProblem) -> String {
    switch problem {
    case .unknownScene(let name, let scenes):
      return "There is no scene named '\(name)'; the scenes are \(scenes.joined(separator: ", "))."
    case .unknownPreset(let name):
      return "There is no preset named '\(name)'; run `convscope scenes` to list the presets."
    case .presetScene(let preset, let scene, let wanted):
      return "The preset '\(preset)' belongs to the \(scene) scene, not the \(wanted) scene."
    case .badValues(let text):
      return "The values '\(text)' are not understood; use ramp, ones, random:SEED or @FILE.json."
    case .unreadableValues(let path, let reason):
      return "The values file '\(path)' could not be read: \(valuesFile(reason))."
    case .bilinearKernelNotSquare(let kernel):
      return "The bilinear scene needs a square kernel, but it is \(kernel.h)x\(kernel.w)."
    case .bilinearKernelSize(let size, let limit):
      return "The bilinear kernel size must be between 1 and \(limit), but it is \(size)."
    case .inputTooLarge(let input, let limit):
      return
        "Scenes draw inputs up to \(limit) on a side, but the input is \(input.h)x\(input.w)."
    case .kernelTooLarge(let kernel, let limit):
      return
        "Scenes draw kernels up to \(limit) on a side, but the kernel is \(kernel.h)x\(kernel.w)."
    case .unknownView(let name):
      return "The view '\(name)' is not known; use zeros or scatter."
    case .matrix(let problem): return matrix(problem)
    case .pytorchUnavailable(let scene, let scenes):
      return
        "--format pytorch is not available for the \(scene) scene yet; it works for"
        + " \(list(scenes))."
    case .shapesOneAxis(let kernel, let stride, let padding, let dilation):
      let given = [("k", kernel), ("s", stride), ("p", padding), ("d", dilation)]
        .filter { !$0.1.isSquare }.map { "\($0.0) \($0.1.h)x\($0.1.w)" }
      return
        "The shapes scene works along one axis, so give k, s, p and d as single numbers"
        + " (got \(given.joined(separator: ", ")))."
    case .shapesRows(let first, let last, let limit):
      return
        "The shapes scene lists 1 to \(limit) input sizes, but \(first)-\(last) asks for"
        + " \(last - first + 1)."
    case .channels(let problem): return channels(problem)
    case .symbolic(let problem): return symbolicProblem(problem)
    }
  }

  func valuesFile(_ problem: ValuesFileProblem) -> String {
    switch problem {
    case .unreadable: return "no such file, or it is not readable"
    case .notJSON: return "it is not valid JSON"
    case .wrongShape:
      return
        "it needs an \"input\" grid (and optionally a \"kernel\"), each an array of rows of numbers"
    case .badGrid(let grid):
      return "\"\(grid)\" must be a non-empty array of equal-length rows of numbers"
    }
  }

  func command(_ problem: CommandProblem) -> String {
    switch problem {
    case .frameAndAll:
      return "Give either --frame N or --all, not both."
    case .widthRange(let width, let allowed):
      return
        "The width must be between \(allowed.lowerBound) and \(allowed.upperBound) columns, but it is \(width)."
    case .unknownColours(let text):
      return "The colours '\(text)' are not known; use 256, 8 or none."
    case .frameRange(let scene, let count):
      return
        "The \(scene) scene has \(count) frames here, so --frame must be between 1 and \(count)."
    case .emptyOutputName:
      return "--output needs a file name (or - for standard output), not an empty value."
    case .benchmarkCount(let count, let largest):
      return
        "--generate-benchmark takes a count from 0 to \(grouped(largest)) lines, not \(grouped(count))."
    case .noStack:
      return
        "Give the stack with --layers (such as --layers 'conv k3 s2 p1; maxpool k2') or --preset NAME."
    case .layersAndPreset:
      return "Give either --layers or --preset, not both."
    case .unknownStackPreset(let name, let presets):
      return
        "The preset '\(name)' is not known; the presets are \(presets.joined(separator: ", "))."
    case .layersFileUnreadable(let path):
      return "The layers file '\(path)' cannot be read: no such file, or it is not readable."
    case .layersFileNotJSON(let path, let reason):
      return "The layers file '\(path)' is not valid JSON: \(reason)."
    case .inLayersFile(let path, let message):
      return "In the layers file '\(path)': \(text(message))"
    case .unknownLanguage(let text, let languages):
      return "The language '\(text)' is not known; use \(languages.joined(separator: " or "))."
    case .slides(let problem): return slides(problem)
    }
  }
}
