using System.Buffers.Binary;
using System.Text;

namespace YouTubeStudio.Core.Generation;

/// <summary>Just enough of RIFF/WAVE for PCM: read the format and samples, write a file. Durations come from the header, no probe needed.</summary>
internal sealed record WavFile(short Channels, int SampleRate, short BitsPerSample, byte[] Samples)
{
    public int BlockAlign => Channels * BitsPerSample / 8;

    public int ByteRate => SampleRate * BlockAlign;

    public TimeSpan Duration => TimeSpan.FromSeconds((double)Samples.Length / ByteRate);

    public static TimeSpan ReadDuration(string path) => Read(path).Duration;

    public static WavFile Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 12 || Encoding.ASCII.GetString(bytes, 0, 4) != "RIFF" || Encoding.ASCII.GetString(bytes, 8, 4) != "WAVE")
        {
            throw new InvalidDataException($"{path} is not a WAV file.");
        }

        short channels = 0, bits = 0;
        var rate = 0;
        var offset = 12;
        while (offset + 8 <= bytes.Length)
        {
            var id = Encoding.ASCII.GetString(bytes, offset, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset + 4));
            var body = offset + 8;
            if (id == "fmt ")
            {
                var audioFormat = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(body));
                if (audioFormat != 1)
                {
                    throw new InvalidDataException($"{path} is not PCM (format {audioFormat}).");
                }

                channels = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(body + 2));
                rate = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(body + 4));
                bits = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(body + 14));
            }
            else if (id == "data")
            {
                // A writer that streamed to a pipe leaves the size unknown (0 or 0xFFFFFFFF): take the rest of the file.
                var length = size == 0 || body + size > bytes.Length ? bytes.Length - body : (int)size;
                if (rate == 0)
                {
                    throw new InvalidDataException($"{path} has no fmt chunk before its data.");
                }

                return new WavFile(channels, rate, bits, bytes.AsSpan(body, length).ToArray());
            }

            offset = body + (int)size + (int)(size & 1);
        }

        throw new InvalidDataException($"{path} has no data chunk.");
    }

    public static WavFile Silence(short channels, int sampleRate, short bitsPerSample, TimeSpan length)
    {
        var blockAlign = channels * bitsPerSample / 8;
        var frames = (int)Math.Round(length.TotalSeconds * sampleRate);
        return new WavFile(channels, sampleRate, bitsPerSample, new byte[frames * blockAlign]);
    }

    public void Write(string path)
    {
        using var stream = File.Create(path);
        using var writer = new BinaryWriter(stream);
        writer.Write("RIFF"u8);
        writer.Write(36 + Samples.Length);
        writer.Write("WAVE"u8);
        writer.Write("fmt "u8);
        writer.Write(16);
        writer.Write((short)1);
        writer.Write(Channels);
        writer.Write(SampleRate);
        writer.Write(ByteRate);
        writer.Write((short)BlockAlign);
        writer.Write(BitsPerSample);
        writer.Write("data"u8);
        writer.Write(Samples.Length);
        writer.Write(Samples);
    }
}
