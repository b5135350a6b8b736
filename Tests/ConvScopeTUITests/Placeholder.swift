import Testing

@Test func placeholderConvScopeTUITests() {}
