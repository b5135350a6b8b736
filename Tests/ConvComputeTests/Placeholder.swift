import Testing

@Test func placeholderConvComputeTests() {}
