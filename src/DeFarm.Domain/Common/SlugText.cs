using System.Globalization;
using System.Text;

namespace DeFarm.Domain.Common;

/// <summary>Text as a URL-safe slug: lower-case ASCII words joined by hyphens, accents dropped.</summary>
public static class SlugText
{
    /// <summary>The slug of <paramref name="text"/>, at most <paramref name="maxLength"/> long; empty when nothing is left.</summary>
    public static string From(string text, int maxLength)
    {
        var words = new StringBuilder();
        foreach (var character in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(character))
            {
                words.Append(char.ToLowerInvariant(character));
            }
            else if (words.Length > 0 && words[^1] != '-')
            {
                words.Append('-');
            }
        }

        return words.ToString(0, Math.Min(words.Length, maxLength)).Trim('-');
    }
}
