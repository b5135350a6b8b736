import Testing

@Test func placeholderConvArithmeticTests() {}
