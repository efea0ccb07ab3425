namespace Codebook.Core.Model;

/// <summary>The word rule, one character at a time: a word starts at a letter or digit after a non-word character, and
/// apostrophes and hyphens inside a word belong to it. <see cref="WordMarks.CountWords"/> counts by the same rule 64
/// characters at a time.</summary>
internal struct WordCounter
{
    private bool _inWord;

    public int Count { get; private set; }

    public void Next(bool letter, bool joiner)
    {
        bool wordChar = letter || (_inWord && joiner);
        if (wordChar && !_inWord) Count++;
        _inWord = wordChar;
    }
}
