/// Why a stack of layers was refused: a value with fields, worded where it becomes text.
///
/// `layer` is the layer's position in the stack, counted from 0, and `kind`
/// its type, so a message can name it without holding the whole stack.
public enum StackError: Error, Equatable, Sendable {
  /// The stack has no layers.
  case emptyStack
  /// More layers than ``Limits/maxLayers``.
  case tooManyLayers(count: Int, limit: Int)
  /// A layer type that is not one of `allowed`, as it was written (a JSON value keeps its quotes).
  case unknownLayerType(name: String, layer: Int, allowed: [LayerKind])
  /// A layer whose stride is zero on an axis.
  case zeroStride(layer: Int, kind: LayerKind, stride: Pair)
  /// A layer that takes a map of `input` cells to one of `output`, with a side below one cell.
  case shrinksBelowOneCell(layer: Int, kind: LayerKind, input: Pair, output: Pair)
  /// A pool whose padding exceeds half its kernel, which PyTorch refuses.
  case poolPaddingOverHalfKernel(layer: Int, kind: LayerKind, padding: Pair, kernel: Pair)
  /// A setting the layer's kind does not have: `setting` is one of `op`, `d`, `c`, `g`.
  case settingNotAllowed(layer: Int, kind: LayerKind, setting: LayerSetting)
  /// Groups that do not divide the input and output channels.
  case groupsDoNotDivide(
    layer: Int, kind: LayerKind, inChannels: Int, outChannels: Int, groups: Int)
  /// A layer type the operation does not take (overlap takes only conv and deconv).
  case kindNotAllowed(layer: Int, kind: LayerKind, allowed: [LayerKind])
  /// Channels or groups outside `1…Limits.maxChannels`; `layer` nil means the stack's input channels.
  case countOutOfRange(layer: Int?, kind: LayerKind?, setting: LayerSetting, value: Int)
  /// A traced cell outside the last layer's output.
  case cellOutside(cell: Pair, output: Pair)
  /// The stack's input size is refused, with the engine's reason.
  case badInput(reason: ConvError)
  /// A jump, receptive-field size, parameter or multiply-add count past ``Limits/maxStackValue``.
  case beyondLimit(layer: Int, kind: LayerKind, limit: Int)
  /// Tracing fields back through deconvs would follow more than `limit` taps.
  case traceTooLong(layer: Int, kind: LayerKind, limit: Int)
  /// Any other refusal of one layer, with the engine's reason.
  case layer(index: Int, kind: LayerKind, reason: ConvError)
}
