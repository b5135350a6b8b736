import ConvArithmetic
import ConvMessages

/// The animations convscope can show.
public enum SceneKind: String, CaseIterable, Hashable, Sendable {
  /// A sliding window with stride, padding and dilation.
  case conv
  /// A transposed convolution: zero insertion, or each input cell stamping the kernel.
  case transposed
  /// Max unpooling beside nearest upsampling ("unsampling").
  case unpool
  /// Bilinear kernels (FCN, Caffe, legacy Caffe) as heat maps.
  case bilinear
  // MARK: shapes
  /// Output sizes across conventions for a range of input sizes, and their collisions.
  case shapes
  // MARK: channels
  /// Standard, pointwise, depthwise and separable convolution across channels, with groups.
  case channels
  /// Folding batch normalisation into the convolution before it.
  case bnfold
  // MARK: matrix and interp
  /// Convolution as the sparse matrix C, and the transposed convolution as Cᵀ.
  case matrix
  /// Bilinear interpolation against a transposed convolution with a bilinear kernel.
  case interp

  // MARK: receptive, overlap
  /// A stack of layers traced back from one output cell: its receptive field and path counts.
  case receptive
  /// Checkerboards: taps per cell after stacked transposed convolutions, beside resize-then-conv.
  case overlap

  /// One line saying what the scene teaches.
  public var summary: String { summary(in: .english) }

  /// What the scene teaches, in `language`.
  public func summary(in language: Language) -> String {
    Message.listing(.sceneSummary(topic)).text(in: language)
  }

  /// What the catalogue calls this scene's lesson.
  public var topic: SceneTopic {
    switch self {
    case .conv: return .conv
    case .transposed: return .transposed
    case .unpool: return .unpool
    case .bilinear: return .bilinear
    case .matrix: return .matrix
    case .interp: return .interp
    case .shapes: return .shapes
    case .channels, .bnfold: return ChannelScenes.topic(for: self)
    case .receptive, .overlap: return StackScenes.topic(self)
    }
  }
}

/// The parameters a scene may take on the command line.
public enum SceneParameter: String, CaseIterable, Hashable, Sendable {
  case input
  case kernel
  case stride
  case padding
  case dilation
  case outputPadding = "output-padding"
  // MARK: channels
  case inChannels = "in-channels"
  case outChannels = "out-channels"
  case groups
}

extension SceneParameter {
  /// Whether the parameter is one number rather than a height and a width: it moves both
  /// axes together, and its value is read from `.h`.
  public var isScalar: Bool {
    switch self {
    case .inChannels, .outChannels, .groups: return true
    default: return false
    }
  }
}

/// How the transposed scene explains itself.
public enum TransposedView: String, CaseIterable, Hashable, Sendable {
  /// Insert zeros, pad, rotate the kernel, slide a stride-1 window.
  case zeros
  /// Each input cell adds value × kernel into the output.
  case scatter
}

/// A cell the viewer pinned: an output cell shows its receptive field and products,
/// an input cell highlights every output cell it feeds.
public struct CellFocus: Hashable, Sendable {
  /// The panel's machine name (`input`, `output`, `inserted`, …).
  public var panel: String
  public var row: Int
  public var col: Int

  public init(panel: String, row: Int, col: Int) {
    self.panel = panel
    self.row = row
    self.col = col
  }
}
