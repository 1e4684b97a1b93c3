/// The binding constraint behind a late or short quantity.
///
/// Encoded as an object with a `kind` field and the fields of the case, e.g.
/// `{"kind": "capacity", "resource": "SKR-ASSY", "bucket": 7}`.
public enum Cause: Codable, Sendable, Equatable {
    /// Resource `resource` had no capacity left in `bucket` when the demand needed it.
    case capacity(resource: String, bucket: Int)
    /// Item `item` could not be obtained by `bucket`; `source` is the purchase
    /// source or operation that could not supply it in time (capacity or lead
    /// time), `nil` when the item has no source at all and its stock ran out.
    case material(item: String, bucket: Int, source: String?)
    /// The demand is due in `bucket`, earlier than the fastest supply path of
    /// `item` allows (`earliest`, or `nil` when no path exists).
    case leadTime(item: String, bucket: Int, earliest: Int?)
    /// Cumulative spend reached cumulative budget through `bucket`.
    case budget(bucket: Int)
    /// The lot rules of `source` (minimum lot or lot multiple) did not fit
    /// the capacity or money left in `bucket`.
    case lot(source: String, bucket: Int)

    enum CodingKeys: String, CodingKey {
        case kind, resource, bucket, item, source, earliest
    }

    /// The `kind` string of the JSON form.
    public var kind: String {
        switch self {
        case .capacity: "capacity"
        case .material: "material"
        case .leadTime: "leadTime"
        case .budget: "budget"
        case .lot: "lot"
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        switch self {
        case .capacity(let resource, let bucket):
            try c.encode(resource, forKey: .resource)
            try c.encode(bucket, forKey: .bucket)
        case .material(let item, let bucket, let source):
            try c.encode(item, forKey: .item)
            try c.encode(bucket, forKey: .bucket)
            try c.encodeIfPresent(source, forKey: .source)
        case .leadTime(let item, let bucket, let earliest):
            try c.encode(item, forKey: .item)
            try c.encode(bucket, forKey: .bucket)
            try c.encodeIfPresent(earliest, forKey: .earliest)
        case .budget(let bucket):
            try c.encode(bucket, forKey: .bucket)
        case .lot(let source, let bucket):
            try c.encode(source, forKey: .source)
            try c.encode(bucket, forKey: .bucket)
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try c.decode(String.self, forKey: .kind)
        switch kind {
        case "capacity":
            self = .capacity(resource: try c.decode(String.self, forKey: .resource), bucket: try c.decode(Int.self, forKey: .bucket))
        case "material":
            self = .material(item: try c.decode(String.self, forKey: .item), bucket: try c.decode(Int.self, forKey: .bucket),
                             source: try c.decodeIfPresent(String.self, forKey: .source))
        case "leadTime":
            self = .leadTime(item: try c.decode(String.self, forKey: .item), bucket: try c.decode(Int.self, forKey: .bucket),
                             earliest: try c.decodeIfPresent(Int.self, forKey: .earliest))
        case "budget":
            self = .budget(bucket: try c.decode(Int.self, forKey: .bucket))
        case "lot":
            self = .lot(source: try c.decode(String.self, forKey: .source), bucket: try c.decode(Int.self, forKey: .bucket))
        default:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: c, debugDescription: "unknown cause kind '\(kind)'")
        }
    }
}
