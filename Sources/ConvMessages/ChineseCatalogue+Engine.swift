import ConvArithmetic

// Not yet in Chinese: these still read English (issue 14).
extension ChineseCatalogue {
  func engine(_ error: ConvError) -> String {
    english.engine(error)
  }

  func channels(_ error: ChannelError) -> String {
    english.channels(error)
  }
}
