import Testing

@Test func placeholderConvScenesTests() {}
