import ConvMessages
import ConvScenes

/// The keys of symbols and true convolution: `y` shows symbols instead of numbers (and
/// numbers again, as `ramp`), `u` flips the kernel by 180° before it slides.
///
/// Scenes that take neither refuse on the status line with the catalogue's sentence,
/// and the frame stays as it was.
extension ExplorerState {
  /// `y`: symbols on, or back to numbers.
  mutating func toggleSymbols() {
    var candidate = current
    candidate.values = current.values.isSymbolic ? .ramp : .symbolic
    if let refusal = apply(candidate) {
      status = refusal.description
    } else {
      status = Message.explorer(.symbolic(.symbols(on: candidate.values.isSymbolic))).text()
    }
  }

  /// `u`: true convolution on or off.
  mutating func toggleFlip() {
    var candidate = current
    candidate.flip.toggle()
    if let refusal = apply(candidate) {
      status = refusal.description
    } else {
      status = Message.explorer(.symbolic(.flip(on: candidate.flip))).text()
    }
  }
}
