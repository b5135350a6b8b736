import Foundation
import FoundationXML

/// An SVG read back with a real XML parser (libxml2's, through FoundationXML): whether it is
/// well-formed, and what its elements and text hold.
final class SVGXML: NSObject, XMLParserDelegate {
  struct Element {
    var name: String
    var attributes: [String: String]
    /// The character data directly inside it (a `<text>`'s words).
    var text: String
  }

  private(set) var elements: [Element] = []
  private var open: [Int] = []
  private(set) var error: String?

  /// Parses `svg`; `error` says why when it is not well-formed XML.
  init(_ svg: String) {
    super.init()
    let parser = XMLParser(data: Data(svg.utf8))
    parser.delegate = self
    if !parser.parse() {
      error = parser.parserError.map { "\($0)" } ?? "not well-formed"
      if error == nil { error = "not well-formed" }
    }
  }

  var wellFormed: Bool { error == nil }

  /// The elements named `name`, in document order.
  func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

  /// The words of every `<text>`.
  var texts: [String] { all("text").map(\.text) }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    open.append(elements.count)
    elements.append(Element(name: elementName, attributes: attributeDict, text: ""))
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    open.removeLast()
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if let index = open.last { elements[index].text += string }
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
    error = "\(parseError)"
  }
}
