namespace YouTubeStudio.Core.Generation;

/// <summary>Turns narration into speech: one WAV per scene and one combined file.</summary>
public interface IVoiceSynthesizer
{
    /// <summary>
    /// Speaks each narration into <c>scene_N.wav</c> in <paramref name="outputDirectory"/> and joins
    /// them, with a short pause between scenes, into <c>voice.wav</c>. An unknown voice fails with a
    /// permanent <see cref="GenerationException"/> (voice_error).
    /// </summary>
    Task<VoiceResult> SynthesizeAsync(IReadOnlyList<string> narrations, VoiceSettings settings, string outputDirectory, CancellationToken cancellationToken = default);
}
