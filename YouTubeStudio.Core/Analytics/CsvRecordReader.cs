using System.Text;

namespace YouTubeStudio.Core.Analytics;

/// <summary>
/// A small RFC 4180 reader: comma-separated fields, double-quoted fields with "" escapes and line breaks
/// inside, CRLF, LF or CR alone (Excel for Mac), a leading BOM. Malformed quoting is read leniently instead of failing.
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
        // Whether the field holds only whitespace so far (a quote there opens a quoted field); kept as a flag
        // because re-reading the field at every quote is quadratic in a field of quotes.
        var blank = true;
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
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); blank = false; }
                    else inQuotes = false;
                }
                else
                {
                    if (ch == '\n') _line++;
                    field.Append(ch);
                    blank &= char.IsWhiteSpace(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"' when blank:
                    field.Clear();
                    inQuotes = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    blank = true;
                    break;
                case '\r' when reader.Peek() == '\n':
                    break;
                case '\r' or '\n':
                    _line++;
                    fields.Add(field.ToString());
                    return (fields.ToArray(), startLine);
                default:
                    field.Append(ch);
                    blank &= char.IsWhiteSpace(ch);
                    break;
            }
        }
    }
}
