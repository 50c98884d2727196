using System.Text;

namespace YouTubeStudio.Core.Analytics;

/// <summary>
/// A small RFC 4180 reader: comma-separated fields, double-quoted fields with "" escapes and line breaks
/// inside, CRLF or LF, a leading BOM. Malformed quoting is read leniently instead of failing.
/// Each record carries the line it starts on.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader)
{
    private int _line = 1;

    /// <summary>The next record and its first line, or null at the end.</summary>
    public (string[] Fields, int Line)? Read()
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var startLine = _line;
        var inQuotes = false;
        var sawAny = false;
        while (true)
        {
            var c = reader.Read();
            if (c == -1)
            {
                if (!sawAny) return null;
                fields.Add(field.ToString());
                return (fields.ToArray(), startLine);
            }
            sawAny = true;
            var ch = (char)c;
            if (ch == '\uFEFF' && startLine == 1 && fields.Count == 0 && field.Length == 0) continue;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else inQuotes = false;
                }
                else
                {
                    if (ch == '\n') _line++;
                    field.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"' when field.Length == 0 || field.ToString().Trim().Length == 0:
                    field.Clear();
                    inQuotes = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    _line++;
                    fields.Add(field.ToString());
                    return (fields.ToArray(), startLine);
                default:
                    field.Append(ch);
                    break;
            }
        }
    }
}
