import ConvArithmetic

extension ChineseCatalogue {
  func scene(_ problem: SceneProblem) -> String {
    switch problem {
    case .unknownScene(let name, let scenes):
      return "没有名为 '\(name)' 的场景；可用的场景有 \(scenes.joined(separator: ", "))。"
    case .unknownPreset(let name):
      return "没有名为 '\(name)' 的预设；运行 `convscope scenes` 可以列出所有预设。"
    case .presetScene(let preset, let scene, let wanted):
      return "预设 '\(preset)' 属于 \(scene) 场景，而不是 \(wanted) 场景。"
    case .badValues(let text):
      return "无法理解取值 '\(text)'；请用 ramp、ones、random:SEED 或 @FILE.json。"
    case .unreadableValues(let path, let reason):
      return "无法读取取值文件 '\(path)'：\(valuesFile(reason))。"
    case .bilinearKernelNotSquare(let kernel):
      return "bilinear 场景需要正方形的卷积核，但现在是 \(kernel.h)x\(kernel.w)。"
    case .bilinearKernelSize(let size, let limit):
      return "双线性卷积核的大小必须在 1 到 \(limit) 之间，但现在是 \(size)。"
    case .inputTooLarge(let input, let limit):
      return "场景最多画每边 \(limit) 的输入，但输入是 \(input.h)x\(input.w)。"
    case .kernelTooLarge(let kernel, let limit):
      return "场景最多画每边 \(limit) 的卷积核，但卷积核是 \(kernel.h)x\(kernel.w)。"
    case .unknownView(let name):
      return "无法识别视图 '\(name)'；请用 zeros 或 scatter。"
    case .matrix(let problem): return matrix(problem)
    case .pytorchUnavailable(let scene, let scenes):
      return "\(scene) 场景暂时不支持 --format pytorch；支持它的场景有 \(scenes.joined(separator: "、"))。"
    case .shapesOneAxis(let kernel, let stride, let padding, let dilation):
      let given = [("k", kernel), ("s", stride), ("p", padding), ("d", dilation)]
        .filter { !$0.1.isSquare }.map { "\($0.0) \($0.1.h)x\($0.1.w)" }
      return "shapes 场景只沿一个轴计算，所以 k、s、p、d 都要给单个数字（收到的是 \(given.joined(separator: ", "))）。"
    case .shapesRows(let first, let last, let limit):
      return "shapes 场景列出 1 到 \(limit) 个输入尺寸，但 \(first)-\(last) 要求 \(last - first + 1) 个。"
    case .channels(let problem): return channels(problem)
    case .symbolic(let problem): return symbolicProblem(problem)
    }
  }

  func valuesFile(_ problem: ValuesFileProblem) -> String {
    switch problem {
    case .unreadable: return "文件不存在或不可读"
    case .notJSON: return "它不是合法的 JSON"
    case .wrongShape:
      return "它需要一个 \"input\" 网格（以及可选的 \"kernel\"），每个都是由若干行数字组成的数组"
    case .badGrid(let grid):
      return "\"\(grid)\" 必须是非空数组，每行数字个数相同"
    }
  }

  func command(_ problem: CommandProblem) -> String {
    switch problem {
    case .frameAndAll:
      return "--frame N 和 --all 只能给一个，不能同时给。"
    case .widthRange(let width, let allowed):
      return "宽度必须在 \(allowed.lowerBound) 到 \(allowed.upperBound) 列之间，但现在是 \(width)。"
    case .unknownColours(let text):
      return "无法识别颜色设置 '\(text)'；请用 256、8 或 none。"
    case .frameRange(let scene, let count):
      return "\(scene) 场景在这里有 \(count) 帧，所以 --frame 必须在 1 到 \(count) 之间。"
    case .emptyOutputName:
      return "--output 需要一个文件名（或用 - 表示标准输出），不能是空值。"
    case .benchmarkCount(let count, let largest):
      return "--generate-benchmark 接受 0 到 \(largest) 行，而不是 \(count)。"
    case .noStack:
      return "请用 --layers（例如 --layers 'conv k3 s2 p1; maxpool k2'）或 --preset NAME 给出层的堆叠。"
    case .layersAndPreset:
      return "--layers 和 --preset 只能给一个，不能同时给。"
    case .unknownStackPreset(let name, let presets):
      return "无法识别预设 '\(name)'；可用的预设有 \(presets.joined(separator: ", "))。"
    case .layersFileUnreadable(let path):
      return "无法读取层文件 '\(path)'：文件不存在或不可读。"
    case .layersFileNotJSON(let path, let reason):
      return "层文件 '\(path)' 不是合法的 JSON：\(reason)。"
    case .inLayersFile(let path, let message):
      return "层文件 '\(path)' 中：\(text(message))"
    case .unknownLanguage(let text, let languages):
      return "无法识别语言 '\(text)'；请用 \(languages.joined(separator: " 或 "))。"
    case .slides(let problem): return slides(problem)
    }
  }
}
