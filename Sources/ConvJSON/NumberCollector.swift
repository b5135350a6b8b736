/// The cells of a number array as they are read, in memory of its own.
///
/// An `Array` checked its uniqueness (a runtime call) on every append in the readers'
/// loops; this buffer is owned by one reader call and cannot be shared, so appending is a
/// comparison and a store.
struct NumberCollector: ~Copyable {
  private var base: UnsafeMutablePointer<Double>
  private var capacity: Int
  /// How many numbers have been appended.
  private(set) var count = 0

  init(capacity: Int = 256) {
    self.capacity = capacity
    base = .allocate(capacity: capacity)
  }

  deinit { base.deallocate() }

  @inline(__always) mutating func append(_ value: Double) {
    if _slowPath(count == capacity) { grow() }
    // count < capacity here: the store stays inside the allocation.
    base[count] = value
    count &+= 1
  }

  @inline(never) private mutating func grow() {
    let larger = UnsafeMutablePointer<Double>.allocate(capacity: capacity * 2)
    larger.moveInitialize(from: base, count: count)
    base.deallocate()
    base = larger
    capacity *= 2
  }

  /// The numbers as an array (one copy).
  var array: [Double] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
