import ConvArithmetic

// Not yet in Chinese: these still read English (issue 14).
extension ChineseCatalogue {
  func channels(_ caption: ChannelCaption) -> String {
    english.channels(caption)
  }

  func channels(_ problem: ChannelProblem) -> String {
    english.channels(problem)
  }

  func channelExplorer(_ text: ChannelExplorerText) -> String {
    english.channelExplorer(text)
  }

  func channelPresetNote(_ note: ChannelPresetNote) -> String {
    english.channelPresetNote(note)
  }
}
