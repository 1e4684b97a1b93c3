import Crypto
import Foundation

/// Lower-case hex SHA-256, used for audit hashes, stored token digests and evidence files.
public enum SHA256Hex {
    public static func digest<D: DataProtocol>(_ data: D) -> String {
        SHA256.hash(data: data).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    public static func digest(_ text: String) -> String { digest(Data(text.utf8)) }
}
