/// The operations of the compute protocol, by their wire names.
public enum ComputeOp: String, CaseIterable, Sendable {
  case conv2d
  case convTranspose2d = "conv_transpose2d"
  case maxPool2d = "max_pool2d"
  case maxUnpool2d = "max_unpool2d"
  case upsampleNearest = "upsample_nearest"
  case upsampleBilinear = "upsample_bilinear"
  case bilinearKernel = "bilinear_kernel"
  case receptiveField = "receptive_field"
  case overlap
  case batchNorm2d = "batch_norm2d"
  case foldBatchNorm = "fold_batch_norm"
  case avgPool2d = "avg_pool2d"
  case convMatrix = "conv_matrix"

  /// Every field the op accepts besides "op", in the order the error sentences list them.
  ///
  /// `max_pool2d` also takes PyTorch's `dilation` and `ceil_mode`, which the
  /// engine supports; they default to 1 and false as in PyTorch.
  public var fields: [String] {
    switch self {
    case .conv2d: return ["input", "kernel", "stride", "padding", "dilation", "groups", "bias"]
    case .convTranspose2d:
      return [
        "input", "kernel", "stride", "padding", "dilation", "output_padding", "groups", "bias",
      ]
    case .maxPool2d: return ["input", "kernel_size", "stride", "padding", "dilation", "ceil_mode"]
    case .maxUnpool2d:
      return ["input", "indices", "kernel_size", "stride", "padding", "output_size"]
    case .upsampleNearest: return ["input", "scale", "size"]
    case .upsampleBilinear: return ["input", "scale", "size", "align_corners"]
    case .bilinearKernel: return ["size", "style"]
    case .receptiveField, .overlap: return ["input_size", "layers"]
    case .batchNorm2d: return ["input", "mean", "var", "weight", "bias", "eps"]
    case .foldBatchNorm: return ["kernel", "bias", "bn"]
    case .avgPool2d:
      return ["input", "kernel_size", "stride", "padding", "ceil_mode", "count_include_pad"]
    case .convMatrix:
      return ["input_size", "kernel", "stride", "padding", "dilation", "transpose"]
    }
  }

  /// The op names joined for help text: "conv2d, conv_transpose2d, …".
  public static var list: String {
    allCases.map(\.rawValue).joined(separator: ", ")
  }
}
