import ConvArithmetic

extension ChineseCatalogue {
  func explorer(_ text: ExplorerText) -> String {
    switch text {
    case .axes(let axis):
      return axis.map { "之后的改动只作用于\(name($0))" } ?? "之后的改动作用于两个轴"
    case .speed(let speed): return "速度 \(speed) 步/秒"
    case .noKey(let key): return "没有 \(key ?? "这个") 键；按 ? 查看所有按键"
    case .unknownKey: return "无法识别的按键；按 ? 查看所有按键"
    case .pastedText: return "粘贴的文字会被忽略；按 ? 查看所有按键"
    case .animationEnded: return "动画已停在最后一步；按空格重新播放"
    case .select(let parameter): return "←/→ 调整\(name(parameter))"
    case .sceneLacks(let scene, let parameter):
      return "\(scene) 场景没有\(name(parameter))"
    case .explorerCap(let parameter, let limit):
      return "交互浏览器中\(name(parameter))最大为 \(limit)；更大的请用 convscope export"
    case .gridTooLarge(let paddedInput, let grid, let limit):
      return
        "\(paddedInput ? "填充后的输入" : "输出")会是 \(size(grid))；交互浏览器只画每边不超过 \(limit) 的网格（试试 convscope export）"
    case .windowTooLarge(let window, let limit):
      return "膨胀后的卷积核会跨 \(size(window))；交互浏览器只画不超过 \(limit) 的窗口（试试 convscope export）"
    case .changed(let parameter, let old, let new):
      return "\(name(parameter)) \(size(old)) → \(size(new))"
    case .valuesFixed:
      return "双线性卷积核只由 K 决定，所以 v 在这里没有可改的"
    case .values(let values):
      switch values {
      case .ramp: return "取值：ramp（递增）"
      case .ones: return "取值：ones（全 1）"
      case .random(let seed): return "取值：random（种子 \(seed)）"
      case .custom: return "取值：自定义"
      }
    case .viewNeedsTransposed: return "t 切换转置场景的视图；按 2 打开它"
    case .view(let scatter, let step):
      return scatter ? "视图：盖印（scatter），第 \(step) 步" : "视图：插零（zeros），第 \(step) 步"
    case .pinnedCell(let panel, let row, let col):
      return "已固定 \(panel) [\(row),\(col)]；再点一次取消"
    case .unpinned: return "已取消固定"
    case .cannotShow(let scene): return "\(scene) 场景无法用它的参数显示"
    case .exportCannotBuild: return "导出失败：无法生成场景"
    case .exportTooManyFiles(let base): return "导出失败：名为 \(base) 的文件已经太多"
    case .exported(let file, let size): return "已导出 \(file)（\(words(size))）"
    case .exportConfirm(let size, let frames):
      return "动画约有 \(words(size))（\(frames) 帧）；再按一次 E 写出"
    case .languageSwitched(let language):
      return language == .chinese
        ? "已切换到中文；按 z 切回 English" : "已切换到英文（English）；按 z 切回中文"
    case .chineseNeedsUTF8:
      return "显示中文需要 UTF-8 终端（例如 C.UTF-8 这样的 UTF-8 locale）；暂用英文"
    case .titleStep(let step, let count): return "第 \(step)/\(count) 步"
    case .titleAxes(let axis): return "只改\(name(axis))"
    case .titleValues(let values): return "取值 \(values)"
    case .titleView(let view): return "视图 \(view)"
    case .titleMode(let mode): return "模式 \(mode)"
    case .panelRows(let first, let last, let total): return "面板第 \(first)-\(last) 行，共 \(total) 行"
    case .help(let action): return help(action)
    case .parameterName(let parameter): return name(parameter)
    case .helpTitle: return " 按键 "
    case .hint(let item): return hint(item)
    case .tooSmall(let need, let have): return "窗口太小：需要 \(need)，现在 \(have)"
    case .tooSmallShort: return "太小"
    case .need(let size): return "需要 \(size)"
    case .have(let size): return "现在 \(size)"
    case .enlarge: return "请放大窗口，或按 q 退出"
    case .channels(let text): return channelExplorer(text)
    case .matrix(let status): return matrixStatus(status)
    case .stack(let text): return stackExplorer(text)
    case .symbolic(let status): return symbolicStatus(status)
    }
  }

  func hint(_ item: HintItem) -> String {
    switch item {
    case .help: return "? 帮助"
    case .quit: return "q 退出"
    case .play: return "空格 播放"
    case .step: return ",/. 单步"
    case .lowerRaise: return "iksdpo 减 IKSDPO 增"
    case .axes: return "x 轴"
    case .scene: return "1-9 场景"
    case .values: return "v 取值"
    case .view: return "t 视图"
    case .export: return "e/E 导出"
    case .language: return "z English"
    }
  }

  func help(_ action: HelpAction) -> String {
    switch action {
    case .sizes: return "减小 / 增大 输入、卷积核、步长"
    case .spacing: return "减小 / 增大 填充、膨胀率、output_padding"
    case .axes: return "下次改动作用于：两个轴、只改高、只改宽"
    case .select: return "选择一个参数"
    case .change: return "调整选中的参数"
    case .play: return "播放 / 暂停；停在最后一步，空格重播"
    case .step: return "下一步 / 上一步"
    case .ends: return "第一步 / 最后一步"
    case .speed: return "减速 / 加速"
    case .scene: return "切换场景"
    case .values: return "轮换取值：ramp、ones、random"
    case .view: return "转置视图：插零 / 盖印，进度不变"
    case .export: return "导出这一帧 / 整段动画"
    case .scroll: return "滚动比窗口高的帧"
    case .pin: return "固定单元：输出 -> 感受野，输入 -> 它的输出"
    case .help: return "本帮助（Esc 或 ? 关闭）"
    case .quit: return "退出"
    case .language: return "切换语言：中文 / English"
    case .symbolic: return "符号/数值；u：真正的卷积（翻转）"
    case .channels: return "输入/输出通道数、分组；m 模式；{ } 翻页"
    case .matrixKeys: return "矩阵 C^T；interp 倍数、角点；b：对比膨胀"
    case .layerPresets: return "层预设；receptive 中方向键移动单元"
    }
  }

  /// A parameter's name as the title bar and status line say it: the engine's words,
  /// without the explanations that only an error sentence has room for.
  private func name(_ quantity: Quantity) -> String {
    name(quantity, short: true)
  }

  private func name(_ axis: Axis) -> String {
    axis == .height ? "高" : "宽"
  }

  /// `812 字节`, `4.2 KB`.
  private func words(_ size: ByteSize) -> String {
    "\(size.number) \(size.symbol ?? "字节")"
  }
}
