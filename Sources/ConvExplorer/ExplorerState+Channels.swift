import ConvArithmetic
import ConvMessages
import ConvScenes

extension ExplorerState {
  /// The channel scenes' own rules for a key that changes a channel setting; false when the
  /// usual adjustment applies.
  ///
  /// Depthwise output channels are `multiplier · C_in`, so n/N change the multiplier there;
  /// depthwise and separable fix the groups at C_in, so r/R say so instead of changing nothing.
  mutating func adjustChannels(_ parameter: SceneParameter, by delta: Int) -> Bool {
    guard scene == .channels else { return false }
    let mode = current.channels.mode
    if parameter == .groups && (mode == .depthwise || mode == .separable) {
      status = Message.explorer(.channels(.groupsFollowMode(name(mode)))).text(in: language)
      return true
    }
    guard parameter == .outChannels && mode == .depthwise else { return false }
    var candidate = current
    let old = candidate.channels.multiplier
    candidate.channels.multiplier = max(1, old + delta)
    if let refusal = apply(candidate) {
      status = refusal.message.text(in: language)
    } else {
      status = Message.explorer(
        .channels(.multiplierChanged(from: old, to: candidate.channels.multiplier))
      ).text(in: language)
    }
    return true
  }

  /// `m`: standard → pointwise → depthwise → separable → standard.
  mutating func cycleChannelMode() {
    guard scene == .channels else {
      status = Message.explorer(.channels(.needsChannels(key: "m"))).text(in: language)
      return
    }
    var candidate = current
    candidate.channels.mode = current.channels.mode.next
    if let refusal = apply(candidate) {
      status = refusal.message.text(in: language)
    } else {
      status = Message.explorer(.channels(.mode(name(candidate.channels.mode)))).text(in: language)
    }
  }

  /// `{` and `}`: the previous or next page of channels, through "follow the current output".
  mutating func pageChannels(by delta: Int) {
    guard scene == .channels || scene == .bnfold else {
      status = Message.explorer(.channels(.needsChannels(key: delta < 0 ? "{" : "}"))).text(
        in: language)
      return
    }
    let s = current.channels
    let count = max(s.inChannels, s.outChannels, s.multiplier * s.inChannels)
    let size = Limits.Channels.page
    let pages = (count + size - 1) / size
    guard pages > 1 else {
      status = Message.explorer(.channels(.onePage(count: count))).text(in: language)
      return
    }
    // Positions 0…pages: 0 follows the current output channel, k shows page k − 1.
    let position = ((s.page.map { $0 + 1 } ?? 0) + delta + pages + 1) % (pages + 1)
    var candidate = current
    candidate.channels.page = position == 0 ? nil : position - 1
    if let refusal = apply(candidate) {
      status = refusal.message.text(in: language)
      return
    }
    guard let page = candidate.channels.page else {
      status = Message.explorer(.channels(.followPage)).text(in: language)
      return
    }
    status = Message.explorer(
      .channels(.page(first: page * size, last: min(count, (page + 1) * size) - 1, count: count))
    ).text(in: language)
  }

  private func name(_ mode: ChannelMode) -> ChannelModeName {
    switch mode {
    case .standard: return current.channels.groups > 1 ? .grouped : .standard
    case .pointwise: return .pointwise
    case .depthwise: return .depthwise
    case .separable: return .separable
    }
  }
}
