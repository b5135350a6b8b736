extension EnglishCatalogue {
  /// A frame's header and legend.
  func legend(_ text: LegendText) -> String {
    switch text {
    case .header(let scene, let step, let count):
      // Written as bytes: a stream writes a header for every frame.
      var text: [UInt8] = []
      text.reserveCapacity(scene.utf8.count + 40)
      text += scene.utf8
      text += " — step ".utf8
      DecimalBytes.append(step, to: &text)
      text += " of ".utf8
      DecimalBytes.append(count, to: &text)
      return String(decoding: text, as: UTF8.self)
    case .heading: return "legend:"
    case .entry(let meaning, let glyphs):
      switch meaning {
      case .currentWindow: return "\(glyphs) current window or cell"
      case .unbracketedHole: return "unbracketed inside a window: dilation hole (skipped)"
      case .dilationHole: return "\(glyphs) dilation hole (skipped)"
      case .windowPadding: return "\(glyphs) window on padding"
      case .windowInsertedZero: return "\(glyphs) window on an inserted zero"
      case .windowOutputPadding: return "\(glyphs) window on output_padding"
      case .padding: return "\(glyphs) padding (0)"
      case .insertedZero: return "\(glyphs) inserted zero"
      case .outputPadding: return "\(glyphs) output_padding (0)"
      case .outputPending: return "\(glyphs) not yet computed"
      case .neverVisited: return "\(glyphs) read by no tap"
      case .cropped: return "\(glyphs) cropped by padding (not in the output)"
      case .switchCell: return "\(glyphs) switch (where a maximum was)"
      case .valueRamp: return "\(glyphs) value, lowest to highest in each panel"
      case .heat: return "heat '\(glyphs)' low to high"
      case .pinned: return "\(glyphs) pinned"
      }
    }
  }
}
