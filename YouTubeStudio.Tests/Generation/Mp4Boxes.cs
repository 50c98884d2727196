using System.Buffers.Binary;
using System.Text;

namespace YouTubeStudio.Tests.Generation;

/// <summary>Reads the top-level boxes of an MP4 file, to check that the index (moov) comes before the media (mdat).</summary>
internal static class Mp4Boxes
{
    public static List<string> TopLevel(string path)
    {
        var boxes = new List<string>();
        using var stream = File.OpenRead(path);
        var header = new byte[16];
        while (stream.Position + 8 <= stream.Length)
        {
            var start = stream.Position;
            stream.ReadExactly(header, 0, 8);
            long size = BinaryPrimitives.ReadUInt32BigEndian(header);
            boxes.Add(Encoding.ASCII.GetString(header, 4, 4));
            if (size == 1)
            {
                stream.ReadExactly(header, 8, 8);
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(header.AsSpan(8));
            }
            else if (size == 0)
            {
                break; // the box runs to the end of the file
            }

            stream.Position = start + size;
        }

        return boxes;
    }
}
