// Not yet in Chinese: these still read English (issue 14).
extension ChineseCatalogue {
  func listing(_ text: ListingText) -> String {
    english.listing(text)
  }

  func presetNote(_ note: PresetNote) -> String {
    english.presetNote(note)
  }
}
