using System.Security.Cryptography;
using System.Text;

namespace YouTubeStudio.Core.Generation;

/// <summary>A hash that is the same in every process (string.GetHashCode is randomised per process), for deterministic choices.</summary>
internal static class StableHash
{
    public static int Of(string text)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(text.Trim().ToLowerInvariant()));
        return BitConverter.ToInt32(bytes, 0) & int.MaxValue;
    }
}
