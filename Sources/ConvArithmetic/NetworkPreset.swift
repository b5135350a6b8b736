/// A stack of layers from a real network, with the input it was published for.
///
///     NetworkPreset.named("vgg16")?.layers.count  // 18: thirteen convs and five pools
public struct NetworkPreset: Hashable, Sendable {
  public let name: String
  /// The input size the network was published with.
  public let input: Pair
  /// The input's channels: 3 for RGB images.
  public let inChannels: Int
  public let layers: [Layer]

  public init(name: String, input: Pair, inChannels: Int, layers: [Layer]) {
    self.name = name
    self.input = input
    self.inChannels = inChannels
    self.layers = layers
  }

  /// The preset called `name`, or nil.
  public static func named(_ name: String) -> NetworkPreset? {
    all.first { $0.name == name }
  }

  /// The preset names, in the order of ``all``.
  public static var names: [String] { all.map(\.name) }

  /// Every preset: classification backbones, then dense-prediction and generative upsampling paths.
  public static let all: [NetworkPreset] = [
    vgg16, resnet50, resnet50V1, resnetStem, unet, alexnet, wavenet, deeplabASPP, mobilenetV1,
    fcn32s, fcn8s, hed, dcgan, k3s2, k4s2,
  ]
}

// Shorthands that read like the notation.
private func conv(
  _ k: Int, s: Int = 1, p: Int = 0, d: Int = 1, c: Int? = nil, g: Int = 1
) -> Layer {
  Layer(
    .conv, kernel: Pair(k), stride: Pair(s), padding: Pair(p), dilation: Pair(d), channels: c,
    groups: g)
}

private func maxpool(_ k: Int, s: Int? = nil, p: Int = 0) -> Layer {
  Layer(.maxPool, kernel: Pair(k), stride: s.map { Pair($0) }, padding: Pair(p))
}

private func deconv(_ k: Int, s: Int, p: Int = 0, op: Int = 0, c: Int? = nil) -> Layer {
  Layer(
    .deconv, kernel: Pair(k), stride: Pair(s), padding: Pair(p), outputPadding: Pair(op),
    channels: c)
}

extension NetworkPreset {
  /// VGG16 to pool5 (Simonyan & Zisserman 2015, Table 1, configuration D): five blocks of
  /// 3×3 convs with padding 1 (2, 2, 3, 3, 3 convs; 64, 128, 256, 512, 512 channels),
  /// each closed by a 2×2 max pool of stride 2. 224 → 7; receptive field 212 (Araujo et al. 2019).
  static let vgg16 = NetworkPreset(
    name: "vgg16", input: Pair(224), inChannels: 3,
    layers: [(2, 64), (2, 128), (3, 256), (3, 512), (3, 512)].flatMap { count, channels in
      Array(repeating: conv(3, p: 1, c: channels), count: count) + [maxpool(2)]
    })

  /// The stem ResNets share (He et al. 2016, Table 1, conv1 and the start of conv2_x):
  /// 7×7 conv, stride 2, padding 3, 64 channels; 3×3 max pool, stride 2, padding 1. 224 → 56.
  static let resnetStem = NetworkPreset(
    name: "resnet_stem", input: Pair(224), inChannels: 3, layers: stem)

  private static let stem = [conv(7, s: 2, p: 3, c: 64), maxpool(3, s: 2, p: 1)]

  /// ResNet-50's main path to the end of conv5_x (He et al. 2016, Table 1): the stem, then
  /// 3, 4, 6, 3 bottlenecks (1×1 to width w, 3×3, 1×1 to 4w) with w = 64, 128, 256, 512.
  /// The first bottleneck of stages 2–4 halves the size; the projection shortcuts run
  /// beside the main path and change no size or field, so they are left out.
  /// `strideOnThreeByThree` puts that stride on the 3×3 (torchvision's ResNet-50, "v1.5")
  /// instead of the first 1×1 (the paper, and Caffe's model).
  private static func resnet50Layers(strideOnThreeByThree: Bool) -> [Layer] {
    var layers = stem
    for (stage, (blocks, width)) in [(3, 64), (4, 128), (6, 256), (3, 512)].enumerated() {
      for block in 0..<blocks {
        let s = stage > 0 && block == 0 ? 2 : 1
        layers += [
          conv(1, s: strideOnThreeByThree ? 1 : s, c: width),
          conv(3, s: strideOnThreeByThree ? s : 1, p: 1, c: width),
          conv(1, c: 4 * width),
        ]
      }
    }
    return layers
  }

  /// torchvision's ResNet-50: stride on the 3×3 of each downsampling bottleneck. 224 → 7.
  static let resnet50 = NetworkPreset(
    name: "resnet50", input: Pair(224), inChannels: 3,
    layers: resnet50Layers(strideOnThreeByThree: true))

  /// The paper's ResNet-50: stride on the first 1×1. 224 → 7; receptive field 483, the value
  /// Araujo et al. (2019) list for ResNet-50 v1.
  static let resnet50V1 = NetworkPreset(
    name: "resnet50_v1", input: Pair(224), inChannels: 3,
    layers: resnet50Layers(strideOnThreeByThree: false))

  /// U-Net's contracting path to the bottleneck (Ronneberger et al. 2015, Figure 1): unpadded
  /// 3×3 convs in pairs (64, 128, 256, 512, 1024 channels), 2×2 max pools between them.
  /// 572 → 570 → 568 → 284 … → 30 → 28, the sizes printed in the figure.
  static let unet = NetworkPreset(
    name: "unet", input: Pair(572), inChannels: 1,
    layers: [64, 128, 256, 512, 1024].enumerated().flatMap { index, channels in
      (index > 0 ? [maxpool(2)] : []) + [conv(3, c: channels), conv(3, c: channels)]
    })

  /// AlexNet to pool5 as in Krizhevsky et al. (2012, Figure 2) and Caffe's bvlc_alexnet:
  /// 11×11/4 (96), 3×3/2 pool, 5×5 pad 2 (256, 2 groups), pool, 3×3 pad 1 (384),
  /// 3×3 pad 1 (384, 2 groups), 3×3 pad 1 (256, 2 groups), pool. 227 → 6 (the paper's
  /// "224" does not divide; 227 does); receptive field 195 (Araujo et al. 2019).
  static let alexnet = NetworkPreset(
    name: "alexnet", input: Pair(227), inChannels: 3,
    layers: [
      conv(11, s: 4, c: 96), maxpool(3, s: 2),
      conv(5, p: 2, c: 256, g: 2), maxpool(3, s: 2),
      conv(3, p: 1, c: 384), conv(3, p: 1, c: 384, g: 2), conv(3, p: 1, c: 256, g: 2),
      maxpool(3, s: 2),
    ])

  /// WaveNet's dilated stack (van den Oord et al. 2016, Figure 3 and §2.1): ten 1×2 causal
  /// convolutions with dilations 1, 2, 4, …, 512 over a 1×N signal, 32 residual channels.
  /// Unpadded here (a causal conv pads only the past), so each layer drops d samples;
  /// receptive field 1024, as the paper states.
  static let wavenet = NetworkPreset(
    name: "wavenet", input: Pair(1, 2048), inChannels: 32,
    layers: (0..<10).map { power in
      Layer(.conv, kernel: Pair(1, 2), dilation: Pair(1, 1 << power), channels: 32)
    })

  /// DeepLabv3 at output stride 16 (Chen et al. 2017, §3.3 and §4.1): a ResNet-50 to conv4_x
  /// (stride 16), conv5_x with atrous rate 2 instead of stride (its first 3×3 keeps rate 1,
  /// as torchvision builds it), then ASPP's rate-18 branch. ASPP's 1×1, rate-6 and rate-12
  /// branches run beside it on the same 33×33 map (513 → 33) and see less; a stack
  /// follows one path, so it follows the widest.
  static let deeplabASPP = NetworkPreset(
    name: "deeplab_aspp", input: Pair(513), inChannels: 3,
    layers: {
      var layers = Array(resnet50Layers(strideOnThreeByThree: true).prefix(2 + 3 * (3 + 4 + 6)))
      for block in 0..<3 {
        let rate = block == 0 ? 1 : 2
        layers += [conv(1, c: 512), conv(3, p: rate, d: rate, c: 512), conv(1, c: 2048)]
      }
      return layers + [conv(3, p: 18, d: 18, c: 256)]
    }())

  /// MobileNet v1 (Howard et al. 2017, Table 1): a 3×3/2 conv to 32 channels, thirteen
  /// depthwise (3×3, groups = channels) and pointwise (1×1) pairs, a 7×7 average pool and
  /// the 1024 → 1000 classifier as a 1×1 conv. Table 1 prints s2 on the last depthwise
  /// layer, but its own sizes (7×7 in, 7×7 out) and every implementation use s1.
  /// Weights only: 4.2 M and 569 M multiply-adds (Table 1's totals); receptive field of
  /// the last conv 315 (Araujo et al. 2019).
  static let mobilenetV1 = NetworkPreset(
    name: "mobilenet_v1", input: Pair(224), inChannels: 3,
    layers: {
      var layers = [conv(3, s: 2, p: 1, c: 32)]
      let blocks: [(stride: Int, input: Int, output: Int)] =
        [(1, 32, 64), (2, 64, 128), (1, 128, 128), (2, 128, 256), (1, 256, 256), (2, 256, 512)]
        + Array(repeating: (1, 512, 512), count: 5) + [(2, 512, 1024), (1, 1024, 1024)]
      for block in blocks {
        layers += [
          conv(3, s: block.stride, p: 1, c: block.input, g: block.input),
          conv(1, c: block.output),
        ]
      }
      return layers + [Layer(.avgPool, kernel: Pair(7)), conv(1, c: 1000)]
    }())

  /// FCN-32s's upsampling (Long et al. 2015; Caffe's voc-fcn32s): one 64×64 deconv of
  /// stride 32 on the 21-class score map, 16×16 for a 500×500 image padded by 100.
  /// 16 → 544, which Caffe then crops by 19 to 500.
  static let fcn32s = NetworkPreset(
    name: "fcn32s", input: Pair(16), inChannels: 21, layers: [deconv(64, s: 32, c: 21)])

  /// FCN-8s's upsampling (voc-fcn8s): upscore2 (4×4/2), upscore_pool4 (4×4/2), upscore8
  /// (16×16/8), each adding a cropped skip score between them. 16 → 34 → 70 → 568, cropped by 31 to 500.
  static let fcn8s = NetworkPreset(
    name: "fcn8s", input: Pair(16), inChannels: 21,
    layers: [deconv(4, s: 2, c: 21), deconv(4, s: 2, c: 21), deconv(16, s: 8, c: 21)])

  /// HED's deepest side output (Xie & Tu 2015; Caffe's hed deploy): a 32×32 deconv of
  /// stride 16 from conv5's 1-channel score. The side outputs of conv2–conv4 upsample
  /// beside it by 4×4/2, 8×8/4 and 16×16/8: each kernel twice its stride, so none makes
  /// a checkerboard. A BSDS image (321×481) gives a 20×30 conv5 map here.
  static let hed = NetworkPreset(
    name: "hed", input: Pair(20, 30), inChannels: 1, layers: [deconv(32, s: 16, c: 1)])

  /// DCGAN's generator (Radford et al. 2016, Figure 1): z projected to 4×4×1024, then four
  /// 5×5 fractionally strided convs of stride 2 (TensorFlow SAME: padding 2, output
  /// padding 1) to 512, 256, 128 and 3 channels. 4 → 8 → 16 → 32 → 64.
  static let dcgan = NetworkPreset(
    name: "dcgan", input: Pair(4), inChannels: 1024,
    layers: [512, 256, 128, 3].map { deconv(5, s: 2, p: 2, op: 1, c: $0) })

  /// The classic checkerboard (Odena et al., Distill 2016): a 3×3 deconv of stride 2,
  /// whose kernel does not divide by its stride, so cells get 1, 2 or 4 taps.
  static let k3s2 = NetworkPreset(
    name: "k3s2", input: Pair(8), inChannels: 1, layers: [deconv(3, s: 2)])

  /// Its cure without changing the layer type: a 4×4 deconv of stride 2 and padding 1
  /// (the kernel divides by the stride), which gives every cell inside the border 4 taps.
  static let k4s2 = NetworkPreset(
    name: "k4s2", input: Pair(8), inChannels: 1, layers: [deconv(4, s: 2, p: 1)])
}
