import Crypto
import Foundation

/// Lower-case hex SHA-256, used for audit hashes, stored token digests and evidence files.
public enum SHA256Hex {
    public static func digest<D: DataProtocol>(_ data: D) -> String {
        var hex: [UInt8] = []
        hex.reserveCapacity(2 * SHA256.byteCount)
        for byte in SHA256.hash(data: data) {
            hex.append(hexDigits[Int(byte >> 4)])
            hex.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    static let hexDigits = Array("0123456789abcdef".utf8)

    public static func digest(_ text: String) -> String { digest(Data(text.utf8)) }
}
