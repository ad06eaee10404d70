"""A guard on the blind batches (``tests/data/blind*``): bulletins written by an annotator who never
read the extractor's rules, scored once before any rule changed for them (the first scores are in
each batch's README) and then used to find classes of errors. After tuning they are measured, not
tuned to 1.0: precision must stay at or above 0.97 per language (a wrong toll is worse than none)
and F1 above a floor a little under today's score, so a change that loses either broadly fails.

One parametrised test over (batch, language): each language's engineer adds rows."""

from pathlib import Path

import pytest

from cli.commands.evaluate import load_annotated
from nlp import extract
from nlp.evaluation import gold_pairs, predicted_pairs, score_document, summarise

DATA = Path(__file__).parent / "data"

# (batch, language, precision floor, F1 floor); "today" is this test's count (a derived total always counts),
# which can differ a little from `tollwatch eval`'s in the README's extraction table
BLIND_SETS = [
    ("blind", "en", 0.97, 0.97),   # today P 1.000 / R 0.967 / F1 0.983
    ("blind2", "en", 0.97, 0.94),  # today P 1.000 / R 0.938 / F1 0.968 (first score P 0.927 / F1 0.817)
    ("blind3", "en", 0.97, 0.90),  # today P 0.992 / R 0.884 / F1 0.935 (first score P 0.968 / F1 0.865)
    ("blind4", "en", 0.98, 0.90),  # today P 0.990 / R 0.862 / F1 0.922 (first score P 0.937 / F1 0.863); 035's headline '109 "terrorists" killed' is read since blind12 (gold: not a figure, "neutralized")
    ("blind5", "en", 0.98, 0.95),  # today P 1.000 / R 0.942 / F1 0.970 (first score P 0.959 / F1 0.884)
    ("blind6", "en", 0.98, 0.93),  # today P 1.000 / R 0.927 / F1 0.962 (first score P 0.913 / F1 0.877)
    ("blind7", "en", 0.95, 0.90),  # today P 0.970 / R 0.926 / F1 0.947 (first score P 0.900 / F1 0.879); P under 0.97: 6 of its 7 spurious are convention differences (031's abductions, 007's bodies-retrieved total: README-en)
    ("blind8", "en", 0.98, 0.90),  # today P 0.990 / R 0.875 / F1 0.929 (first score P 0.973 / F1 0.903)
    ("blind9", "en", 0.93, 0.87),  # today P 0.951 / R 0.866 / F1 0.907 (first score P 0.924 / F1 0.865); its 13 spurious left are convention differences or restatements (README-en; the 13th, since blind14: 17 bodies recovered from old ruins, the class its 2,585 already was)
    ("blind10", "en", 0.97, 0.92),  # today P 0.978 / R 0.906 / F1 0.940 (first score P 0.960 / F1 0.919); its 4 spurious left are convention differences (README-en)
    ("blind11", "en", 0.95, 0.92),  # today P 0.968 / R 0.924 / F1 0.946 (first score P 0.859 / F1 0.830); P under 0.97: of its 6 spurious left, 4 are abductions filed detained (convention) and 2 a live blog's earlier entry (README-en)
    ("blind12", "en", 0.95, 0.86),  # today P 0.957 / R 0.807 / F1 0.876 (first score P 0.860 / R 0.734 / F1 0.792); P under 0.97: of its 4 spurious left, 3 are convention differences (hostages filed detained, a child inside a toll) and 1 a fact-check's disputed first toll (README-en)
    ("blind13", "en", 0.92, 0.91),  # today P 0.925 / R 0.912 / F1 0.919 (first score P 0.847 / R 0.843 / F1 0.845); written around issue 11's hard classes; P under 0.97: of its 13 spurious left (since blind27, one more: a rounded restatement of displaced crossing a border), 7 are abductions and hostages filed detained (convention) and most others people named or re-listed inside a counted toll, which the dev set keeps (README-en)
    ("blind14", "en", 0.94, 0.92),  # today P 0.942 / R 0.932 / F1 0.937 (first score P 0.909 / R 0.776 / F1 0.837); the hard classes again, 13 new outlets; P under 0.97: its 9 spurious left are convention differences (3 abductions filed detained; 6 people described inside a counted toll: README-en)
    ("blind15", "en", 0.91, 0.90),  # today P 0.927 / R 0.906 / F1 0.916 (first score P 0.896 / R 0.848 / F1 0.872); the hard classes, 13 more new outlets; P under 0.97: of its 16 spurious left, 14 are convention differences (a single person under a stated total, kin inside a counted toll, an abduction) and 2 real errors (README-en)
    ("blind16", "en", 0.95, 0.86),  # today P 0.976 / R 0.838 / F1 0.902 (first score P 0.943 / R 0.798 / F1 0.864); its annotator followed the dev set's practice for people inside a counted toll; P under 0.97: 2 of its 8 spurious left are abductions filed other (README-en)
    ("blind17", "en", 0.96, 0.86),  # today P 0.977 / R 0.809 / F1 0.885 (first score P 0.943 / R 0.745 / F1 0.833); annotator gave people singled out inside a counted toll entries (issue 11 §2: none); P under 0.97 at first sight: 3 of 12 spurious were abductions filed other (README-en)
    ("blind18", "en", 0.93, 0.85),  # today P 0.956 / R 0.838 / F1 0.893 (first score P 0.921 / R 0.791 / F1 0.851); people singled out by role inside a toll get no entry (issue 11 §2); P under 0.97: 9 of its 11 spurious left are conventions (hostages, roles inside a toll, a stock of the displaced: README-en)
    ("blind19", "en", 0.91, 0.82),  # today P 0.934 / R 0.808 / F1 0.867 (first score P 0.919 / R 0.742 / F1 0.821); P under 0.97: 11 of its 13 spurious left are abductions filed other and annotation choices (README-en)
    ("blind20", "en", 0.97, 0.89),  # today P 0.990 / R 0.910 / F1 0.948 (first score P 0.966 / R 0.801 / F1 0.876; with --abductions-as-other 0.977); its 2 spurious left are abductions filed other (README-en)
    ("blind21", "en", 0.95, 0.88),  # today P 0.973 / R 0.867 / F1 0.917 (first score P 0.935 / R 0.815 / F1 0.871; with --abductions-as-other 0.956); its 5 spurious left are hostages and abductions filed other and a breakdown item read as a role (README-en)
    ("blind22", "en", 0.95, 0.91),  # today P 0.964 / R 0.909 / F1 0.936 (first score P 0.938 / R 0.871 / F1 0.903; with --abductions-as-other 0.978); its 6 spurious left are hostages and abductions filed other (README-en)
    ("blind23", "en", 0.94, 0.88),  # today P 0.968 / R 0.883 / F1 0.923 (first score P 0.914 / R 0.845 / F1 0.878; with --abductions-as-other 0.922); P under 0.97: of its 8 spurious left, 3 are conventions (README-en)
    ("blind24", "en", 0.93, 0.87),  # today P 0.976 / R 0.886 / F1 0.929 (first score P 0.932 / R 0.838 / F1 0.882; with --abductions-as-other 0.941); a short pass only: README-en
    ("blind25", "en", 0.96, 0.90),  # today P 0.976 / R 0.890 / F1 0.931 (first score P 0.942 / R 0.855 / F1 0.897; with --abductions-as-other 0.961); its 3 spurious left are abductions and hostages filed other (README-en)
    ("blind26", "en", 0.94, 0.85),  # today P 0.967 / R 0.840 / F1 0.899 (first score P 0.924 / R 0.795 / F1 0.855; with --abductions-as-other 0.946); of its 8 spurious left, 7 are conventions (README-en)
    ("blind27", "en", 0.92, 0.78),  # today P 0.963 / R 0.892 / F1 0.926 (first score P 0.901 / R 0.789 / F1 0.841; with --abductions-as-other 0.924); of its 8 spurious left, 6 are abductions and hostages filed other (README-en)
    ("blind28", "en", 0.90, 0.82),  # today P 0.945 / R 0.862 / F1 0.902 (first score P 0.910 / R 0.808 / F1 0.856; with --abductions-as-other 0.946); of its 11 spurious left, 8 are abductions and hostages filed other (README-en)
    ("blind29", "en", 0.95, 0.80),  # today P 0.992 / R 0.837 / F1 0.908 (first score P 0.964 / R 0.813 / F1 0.882; with --abductions-as-other 0.972); its 3 spurious left are an abduction filed other and 2 people named inside a counted group (README-en)
    ("blind30", "en", 0.92, 0.83),  # today P 0.956 / R 0.886 / F1 0.919 (first score P 0.935 / R 0.854 / F1 0.893; with --abductions-as-other 0.959); of its 8 spurious left, 6 are abductions and hostages filed other or people seized while displaced (README-en)
    ("blind31", "en", 0.94, 0.88),  # today P 0.960 / R 0.865 / F1 0.910 (first score P 0.929 / R 0.785 / F1 0.851; with --abductions-as-other 0.943); its spurious left are mostly abductions and hostages filed other (README-en)
    ("blind32", "en", 0.95, 0.92),  # today P 0.977 / R 0.933 / F1 0.955 (first score P 0.956 / R 0.876 / F1 0.914; with --abductions-as-other 0.975); its spurious left are mostly abductions and hostages filed other (README-en)
    ("blind33", "en", 0.95, 0.85),  # today P 0.967 / R 0.796 / F1 0.873 (first score P 0.936 / R 0.731 / F1 0.821; with --abductions-as-other 0.945); its spurious left are mostly abductions filed other and annotation choices (README-en)
    ("blind34", "en", 0.94, 0.91),  # today P 0.960 / R 0.917 / F1 0.938 (first score P 0.930 / R 0.898 / F1 0.914; with --abductions-as-other 0.952); its spurious left are mostly abductions and hostages filed other (README-en)
    ("blind35", "en", 0.95, 0.89),  # today P 0.976 / R 0.860 / F1 0.914 (first score P 0.966 / R 0.843 / F1 0.900; with --abductions-as-other 0.971); its spurious left are a hostage count filed other and restatements (README-en)
    ("blind36", "en", 0.90, 0.88),  # today P 0.943 / R 0.904 / F1 0.923 (8 bulletins; first score P 0.903 / R 0.890 / F1 0.897); a short pass (README-en)
    ("blind37", "en", 0.91, 0.86),  # today P 0.950 / R 0.927 / F1 0.939 (14 bulletins; first score P 0.919 / R 0.823 / F1 0.868; with --abductions-as-other 0.927); a short pass (README-en)
    ("blind38", "en", 0.95, 0.92),  # today P 0.968 / R 0.904 / F1 0.935 (14 bulletins; first score P 0.960 / R 0.881 / F1 0.919; with --abductions-as-other 0.983); a pass (README-en)
    ("blind39", "en", 0.97, 0.91),  # today P 0.991 / R 0.918 / F1 0.953 (14 bulletins; first score P 0.990 / R 0.836 / F1 0.907; with --abductions-as-other 1.000); a recall pass (README-en)
    ("blind40", "en", 0.95, 0.92),  # today P 0.953 / R 0.896 / F1 0.924 (14 bulletins; first score P 0.968 / R 0.904 / F1 0.935; with --abductions-as-other 0.976); a short pass (README-en)
    ("blind41", "en", 0.89, 0.88),  # today P 0.917 / R 0.917 / F1 0.917 (9 bulletins; first score P 0.867 / R 0.903 / F1 0.884; with --abductions-as-other 0.890); a short pass (README-en)
    ("blind42", "en", 0.92, 0.90),  # today P 0.938 / R 0.891 / F1 0.914 (14 bulletins; first score P 0.923 / R 0.908 / F1 0.915; with --abductions-as-other 0.947); a short pass (README-en)
    ("blind43", "en", 0.97, 0.87),  # today P 1.000 / R 0.850 / F1 0.919 (14 bulletins; first score P 0.945 / R 0.804 / F1 0.869); a pass (README-en)
    ("blind44", "en", 0.94, 0.84),  # today P 0.969 / R 0.812 / F1 0.884 (14 bulletins; first score P 0.959 / R 0.795 / F1 0.869; with --abductions-as-other 0.979); one class taken (README-en)
    ("blind45", "en", 0.97, 0.91),  # today P 0.992 / R 0.891 / F1 0.938 (14 bulletins; first score P 0.992 / R 0.854 / F1 0.918); a pass (README-en)
    ("blind46", "en", 0.97, 0.92),  # today P 0.975 / R 0.887 / F1 0.929 (14 bulletins; first score P 0.967 / R 0.880 / F1 0.921; with --abductions-as-other 0.975); a pass (README-en)
    ("blind47", "en", 0.93, 0.92),  # today P 0.950 / R 0.941 / F1 0.946 (14 bulletins; first score P 0.931 / R 0.922 / F1 0.926; with --abductions-as-other 0.959); a pass, its spurious left are abductions filed other (README-en)
    ("blind48", "en", 0.97, 0.91),  # today P 0.991 / R 0.898 / F1 0.942 (14 bulletins; first score P 0.980 / R 0.847 / F1 0.909; with --abductions-as-other 0.990); a pass (README-en)
    ("blind49", "en", 0.97, 0.92),  # today P 0.982 / R 0.917 / F1 0.949 (14 bulletins; first score P 0.991 / R 0.868 / F1 0.925; with --abductions-as-other 1.000); a pass (README-en)
    ("blind50", "en", 0.95, 0.91),  # today P 0.967 / R 0.881 / F1 0.922 (14 bulletins; first score P 0.975 / R 0.866 / F1 0.917; with --abductions-as-other 0.991); a pass (README-en)
    ("blind51", "en", 0.95, 0.92),  # today P 0.965 / R 0.902 / F1 0.933 (14 bulletins; first score P 0.931 / R 0.878 / F1 0.904; with --abductions-as-other 0.947); a pass (README-en)
    ("blind52", "en", 0.94, 0.87),  # today P 0.952 / R 0.823 / F1 0.883 (10 bulletins; first score P 0.950 / R 0.792 / F1 0.864; with --abductions-as-other 0.987); a pass (README-en)
    ("blind53", "en", 0.93, 0.85),  # today P 0.944 / R 0.791 / F1 0.861 (14 bulletins; first score P 0.926 / R 0.775 / F1 0.844; with --abductions-as-other 0.935); a pass (README-en)
    ("blind54", "en", 0.94, 0.88),  # today P 0.953 / R 0.843 / F1 0.895 (14 bulletins; first score P 0.953 / R 0.835 / F1 0.890); its spurious left are conventions (README-en)
    ("blind55", "en", 0.94, 0.88),  # today P 0.956 / R 0.851 / F1 0.901 (14 bulletins; first score P 0.943 / R 0.822 / F1 0.878; with --abductions-as-other 0.965); a short pass (README-en)
    ("blind56", "en", 0.95, 0.86),  # today P 0.961 / R 0.805 / F1 0.876 (14 bulletins; first score P 0.962 / R 0.813 / F1 0.881; with --abductions-as-other 0.980); a short pass (README-en)
    ("blind57", "en", 0.93, 0.89),  # today P 0.957 / R 0.888 / F1 0.921 (14 bulletins; first score P 0.932 / R 0.880 / F1 0.905; with --abductions-as-other 0.957); a short pass (README-en)
    ("blind58", "en", 0.94, 0.88),  # today P 0.952 / R 0.839 / F1 0.892 (14 bulletins; first score P 0.953 / R 0.846 / F1 0.896; with --abductions-as-other 0.960); a short pass (README-en)
    ("blind59", "en", 0.97, 0.93),  # today P 0.991 / R 0.906 / F1 0.946 (14 bulletins; first score P 0.954 / R 0.889 / F1 0.920; with --abductions-as-other 0.963); a pass (README-en)
    ("blind60", "en", 0.98, 0.92),  # today P 1.000 / R 0.888 / F1 0.941 (14 bulletins; first score P 0.983 / R 0.858 / F1 0.916); a pass (README-en)
    ("blind61", "en", 0.98, 0.88),  # today P 1.000 / R 0.818 / F1 0.900 (14 bulletins; first score P 0.969 / R 0.777 / F1 0.862); a pass (README-en)
    ("blind62", "en", 0.96, 0.90),  # today P 0.981 / R 0.867 / F1 0.920 (14 bulletins; first score P 0.971 / R 0.833 / F1 0.897); a pass (README-en)
    ("blind63", "en", 0.95, 0.92),  # today P 0.971 / R 0.910 / F1 0.940 (14 bulletins; first score P 0.951 / R 0.883 / F1 0.916; with --abductions-as-other 0.961); a pass (README-en)
    ("blind64", "en", 0.95, 0.90),  # today P 0.967 / R 0.886 / F1 0.925 (14 bulletins; first score P 0.934 / R 0.856 / F1 0.893; with --abductions-as-other 0.942); a pass (README-en)
    ("blind65", "en", 0.97, 0.92),  # today P 0.990 / R 0.904 / F1 0.945 (14 bulletins; first score P 0.962 / R 0.895 / F1 0.927); a pass (README-en)
    ("blind66", "en", 0.96, 0.86),  # today P 0.981 / R 0.805 / F1 0.884 (14 bulletins; first score P 0.981 / R 0.797 / F1 0.879); a pass (README-en)
    ("blind67", "en", 0.95, 0.90),  # today P 0.966 / R 0.871 / F1 0.916 (14 bulletins; first score P 0.966 / R 0.871 / F1 0.916); a pass (README-en)
    ("blind68", "en", 0.93, 0.86),  # today P 0.952 / R 0.820 / F1 0.881 (14 bulletins; first score P 0.943 / R 0.820 / F1 0.877); a pass (README-en)
    ("blind69", "en", 0.96, 0.91),  # today P 0.983 / R 0.876 / F1 0.926 (14 bulletins; first score P 0.966 / R 0.868 / F1 0.914; with --abductions-as-other 0.974); a pass (README-en)
    ("blind70", "en", 0.95, 0.88),  # today P 0.972 / R 0.840 / F1 0.901 (14 bulletins; first score P 0.955 / R 0.840 / F1 0.894; with --abductions-as-other 0.963); a pass (README-en)
    ("blind", "ar", 0.97, 0.96),   # today P 1.000 / R 0.954 / F1 0.977 (`tollwatch eval` reports R 0.992 on this set)
    ("blind2", "ar", 0.97, 0.95),  # today P 1.000 / R 0.973 / F1 0.986 (first score P 0.963 / F1 0.915)
    ("blind3", "ar", 0.97, 0.93),  # today P 1.000 / R 0.931 / F1 0.964 (first score P 0.960 / F1 0.845)
    ("blind4", "ar", 0.97, 0.93),  # today P 0.997 / R 0.937 / F1 0.966 (first score P 0.953 / F1 0.927)
    ("blind5", "ar", 0.97, 0.92),  # today P 0.988 / R 0.894 / F1 0.939 (first score P 0.951 / F1 0.834)
    ("blind6", "ar", 0.97, 0.94),  # today P 0.991 / R 0.950 / F1 0.970 (first score P 0.927 / F1 0.907)
    # blind7 ar: its 11 spurious figures left are convention differences (README-ar), so P under 0.97
    ("blind7", "ar", 0.95, 0.93),  # today P 0.968 / R 0.934 / F1 0.950 (first score P 0.913 / F1 0.908)
    ("blind8", "ar", 0.97, 0.93),  # today P 0.989 / R 0.949 / F1 0.968 (first score P 0.973 / F1 0.948)
    ("blind9", "ar", 0.95, 0.91),  # today P 0.961 / R 0.921 / F1 0.940 (first score P 0.936 / F1 0.909); P under 0.97: its 9 spurious left are convention differences (abductions and stocks detained, kin parts, a victim singled out in a group, a displaced stock: README-ar)
    ("blind10", "ar", 0.98, 0.97),  # today P 0.996 / R 0.984 / F1 0.990 (first score P 0.975 / R 0.955 / F1 0.965); its 1 spurious left is a convention difference (abduction filed detained: README-ar)
    ("blind11", "ar", 0.97, 0.92),  # today P 0.984 / R 0.909 / F1 0.945 (`tollwatch eval`, which counts the kin parts the gold took: P 0.995 / R 0.928); first score P 0.959 / R 0.890 / F1 0.923; its spurious left: an abduction filed detained (convention) and the derived totals of kin the gold wrote as parts (README-ar)
    ("blind12", "ar", 0.97, 0.89),  # today P 0.982 / R 0.865 / F1 0.920 (`tollwatch eval`, which counts the kin parts the gold took: P 0.991 / R 0.881 / F1 0.933); first score P 0.964 / R 0.849 / F1 0.903; its spurious left: an abduction filed detained (convention) and kin derived totals (README-ar)
    ("blind13", "ar", 0.97, 0.87),  # today P 0.994 / R 0.867 / F1 0.926 (first score P 0.909 / R 0.691 / F1 0.785); written around issue 11's hard classes (README-ar)
    ("blind14", "ar", 0.96, 0.93),  # today P 0.977 / R 0.930 / F1 0.953 (`tollwatch eval`, which counts the kin parts the gold took: P 0.977 / R 0.930 / F1 0.953); first score P 0.895 / R 0.747 / F1 0.814; its spurious left are convention differences (hostages filed detained, people inside a counted toll: README-ar)
    ("blind15", "ar", 0.96, 0.92),  # today P 0.978 / R 0.911 / F1 0.943 (`tollwatch eval`: P 0.977 / R 0.906 / F1 0.940); first score P 0.923 / R 0.812 / F1 0.864; its spurious left are convention differences (kin inside a counted toll, hostages filed detained: README-ar)
    ("blind16", "ar", 0.97, 0.90),  # today P 0.979 / R 0.862 / F1 0.917 (first score P 0.969 / R 0.862 / F1 0.913); 10 documents only, monitors' and wires' styles (README-ar)
    ("blind17", "ar", 0.95, 0.87),  # today P 0.968 / R 0.837 / F1 0.898 (first score P 0.921 / R 0.819 / F1 0.867); P under 0.97: its 6 spurious left are conventions (hostages and abductions filed detained, enforced disappearances as missing, bodies recovered as killed: README-ar)
    ("blind18", "ar", 0.95, 0.90),  # today P 0.968 / R 0.893 / F1 0.929 (first score P 0.919 / R 0.834 / F1 0.875); P under 0.97: its 7 spurious left are conventions (abductions, enforced disappearances, roles inside a toll that our fixtures count: README-ar)
    ("blind19", "ar", 0.96, 0.90),  # today P 0.985 / R 0.863 / F1 0.920 (first score P 0.933 / R 0.833 / F1 0.880; its annotator had read blind18's tuning notes: README-ar); its 3 spurious left are conventions (people singled out inside a toll, hostages)
    ("blind20", "ar", 0.96, 0.91),  # today P 0.978 / R 0.897 / F1 0.935 (first score P 0.927 / R 0.851 / F1 0.887); its 4 spurious left are conventions (abductions, a soldier singled out inside a toll: README-ar)
    ("blind21", "ar", 0.96, 0.88),  # today P 0.974 / R 0.830 / F1 0.896 (first score P 0.900 / R 0.812 / F1 0.854); its 4 spurious left are conventions (abductions, people singled out by role inside a toll: README-ar)
    ("blind22", "ar", 0.95, 0.90),  # today P 0.983 / R 0.894 / F1 0.936 (first score P 0.906 / R 0.868 / F1 0.886); its 5 spurious left: 3 conventions, 1 real error (kin around a relative clause, 2 figures): README-ar
    ("blind23", "ar", 0.94, 0.88),  # today P 0.962 / R 0.906 / F1 0.933 (first score P 0.929 / R 0.821 / F1 0.871; with --abductions-as-other 0.953); P under 0.97: its 8 spurious left are conventions (abductions, kin parts our fixtures give, a peacekeeper inside a toll: README-ar)
    ("blind24", "ar", 0.94, 0.90),  # today P 0.979 / R 0.900 / F1 0.938 (first score P 0.886 / R 0.882 / F1 0.884; with --abductions-as-other 0.899); of its 4 spurious left, 1 is a real error (README-ar; roles inside a toll and bodies from a mass grave no longer read since blind27's pass)
    ("blind25", "ar", 0.94, 0.90),  # today P 0.967 / R 0.899 / F1 0.932 (first score P 0.935 / R 0.869 / F1 0.901; with --abductions-as-other 0.945); of its 5 spurious left, 4 are conventions (README-ar)
    ("blind26", "ar", 0.96, 0.89),  # today P 0.983 / R 0.850 / F1 0.911 (first score P 0.946 / R 0.850 / F1 0.895; with --abductions-as-other 0.951); its 2 spurious left are conventions (README-ar)
    ("blind27", "ar", 0.97, 0.75),  # today P 0.988 / R 0.806 / F1 0.888 (first score P 0.888 / R 0.751 / F1 0.814; with --abductions-as-other 0.888); its 1 spurious left is hostages filed other (README-ar)
    ("blind28", "ar", 0.97, 0.81),  # today P 0.995 / R 0.857 / F1 0.921 (first score P 0.935 / R 0.813 / F1 0.870; with --abductions-as-other 0.940); its 1 spurious left is hostages filed other (README-ar)
    ("blind29", "ar", 0.97, 0.82),  # today P 1.000 / R 0.858 / F1 0.924 (first score P 0.995 / R 0.846; no abduction in the batch); its 1 spurious, a battalion commander singled out inside the toll, is gone since ranks joined the role convention (README-ar)
    ("blind30", "ar", 0.92, 0.76),  # today P 0.975 / R 0.832 / F1 0.898 (first score P 0.925 / R 0.789 / F1 0.852; with --abductions-as-other 0.940); its 5 spurious left are abductions and hostages filed other (README-ar)
    ("blind31", "ar", 0.95, 0.90),  # today P 0.981 / R 0.885 / F1 0.931 (first score P 0.909 / R 0.809 / F1 0.856; with --abductions-as-other 0.918); its spurious left are mostly hostages and abductees filed other (README-ar)
    ("blind32", "ar", 0.92, 0.82),  # today P 0.939 / R 0.764 / F1 0.842 (first score P 0.899 / R 0.749 / F1 0.817; with --abductions-as-other 0.916); its spurious left are mostly abductions and hostages filed other (README-ar)
    ("blind33", "ar", 0.95, 0.87),  # today P 0.963 / R 0.824 / F1 0.888 (first score P 0.934 / R 0.824 / F1 0.876; with --abductions-as-other 0.938); see README-ar for what is left
    ("blind34", "ar", 0.94, 0.83),  # today P 0.995 / R 0.819 / F1 0.899 (first score P 0.962 / R 0.762 / F1 0.851); see README-ar for what is left
    ("blind35", "ar", 0.95, 0.88),  # today P 0.988 / R 0.921 / F1 0.953 (7 bulletins; first score P 0.974 / R 0.854 / F1 0.910; untuned)
    ("blind36", "ar", 0.86, 0.79),  # today P 0.928 / R 0.833 / F1 0.878 (first score P 0.883 / R 0.769 / F1 0.822; with --abductions-as-other 0.897); see README-ar
    ("blind37", "ar", 0.96, 0.89),  # today P 0.990 / R 0.842 / F1 0.910 (14 bulletins; first score P 0.990 / R 0.850 / F1 0.915; untuned)
    ("blind38", "ar", 0.94, 0.90),  # today P 0.957 / R 0.889 / F1 0.922 (14 bulletins; first score P 0.943 / R 0.794 / F1 0.862); a pass (README-ar)
    ("blind39", "ar", 0.91, 0.87),  # today P 0.932 / R 0.887 / F1 0.909 (14 bulletins; first score P 0.908 / R 0.798 / F1 0.850; with --abductions-as-other 0.934); its spurious left are mostly conventions (README-ar)
    ("blind40", "ar", 0.96, 0.91),  # today P 0.966 / R 0.870 / F1 0.916 (14 bulletins; first score P 0.958 / R 0.878 / F1 0.916; with --abductions-as-other 0.975); a pass (README-ar)
    ("blind41", "ar", 0.91, 0.87),  # today P 0.943 / R 0.865 / F1 0.902 (14 bulletins; first score P 0.902 / R 0.827 / F1 0.863; with --abductions-as-other 0.932); its spurious left are mostly abductions filed other (README-ar)
    ("blind42", "ar", 0.95, 0.91),  # today P 0.991 / R 0.911 / F1 0.949 (14 bulletins; first score P 0.947 / R 0.878 / F1 0.911); a pass (README-ar)
    ("blind43", "ar", 0.95, 0.93),  # today P 0.984 / R 0.931 / F1 0.957 (14 bulletins; first score P 0.943 / R 0.878 / F1 0.909; with --abductions-as-other 0.950); a pass (README-ar)
    ("blind44", "ar", 0.94, 0.86),  # today P 0.980 / R 0.835 / F1 0.901 (14 bulletins; first score P 0.918 / R 0.783 / F1 0.845; with --abductions-as-other 0.928); a pass (README-ar)
    ("blind45", "ar", 0.97, 0.89),  # today P 0.990 / R 0.856 / F1 0.918 (14 bulletins; first score P 0.970 / R 0.822 / F1 0.890); a pass (README-ar)
    ("blind46", "ar", 0.94, 0.89),  # today P 0.954 / R 0.858 / F1 0.904 (14 bulletins; first score P 0.917 / R 0.833 / F1 0.873; with --abductions-as-other 0.962); a pass, its spurious left are abductions filed other (README-ar)
    ("blind47", "ar", 0.95, 0.89),  # today P 0.960 / R 0.851 / F1 0.902 (14 bulletins; first score P 0.962 / R 0.877 / F1 0.917; with --abductions-as-other 0.971); a pass (README-ar)
    ("blind48", "ar", 0.96, 0.88),  # today P 0.983 / R 0.899 / F1 0.939 (14 bulletins; first score P 0.945 / R 0.806 / F1 0.870); a pass (README-ar)
    ("blind49", "ar", 0.97, 0.91),  # today P 0.988 / R 0.876 / F1 0.929 (9 bulletins; first score P 0.975 / R 0.794 / F1 0.875); a pass (README-ar)
    ("blind50", "ar", 0.97, 0.93),  # today P 0.991 / R 0.897 / F1 0.942 (14 bulletins; first score P 0.982 / R 0.849 / F1 0.911); a pass (README-ar)
    ("blind51", "ar", 0.96, 0.91),  # today P 0.974 / R 0.883 / F1 0.926 (14 bulletins; first score P 0.975 / R 0.914 / F1 0.944; with --abductions-as-other 0.983); a pass (README-ar)
    ("blind52", "ar", 0.97, 0.92),  # today P 0.983 / R 0.899 / F1 0.939 (14 bulletins; first score P 0.970 / R 0.760 / F1 0.852; with --abductions-as-other 0.980); a pass (README-ar)
    ("blind53", "ar", 0.97, 0.89),  # today P 0.980 / R 0.832 / F1 0.900 (14 bulletins; first score P 0.925 / R 0.832 / F1 0.876; with --abductions-as-other 0.934); a pass (README-ar)
    ("blind54", "ar", 0.94, 0.86),  # today P 0.957 / R 0.804 / F1 0.874 (14 bulletins; first score P 0.957 / R 0.804 / F1 0.874; with --abductions-as-other 0.989); a pass (README-ar)
    ("blind55", "ar", 0.94, 0.90),  # today P 0.949 / R 0.879 / F1 0.913 (14 bulletins; first score P 0.949 / R 0.869 / F1 0.907; with --abductions-as-other 0.979); its spurious left are abductions filed other (README-ar)
    ("blind56", "ar", 0.95, 0.89),  # today P 0.965 / R 0.859 / F1 0.909 (14 bulletins; first score P 0.949 / R 0.867 / F1 0.906; with --abductions-as-other 0.965); a short pass (README-ar)
    ("blind57", "ar", 0.95, 0.91),  # today P 0.969 / R 0.904 / F1 0.935 (14 bulletins; first score P 0.961 / R 0.897 / F1 0.928); a short pass (README-ar)
    ("blind58", "ar", 0.94, 0.87),  # today P 0.966 / R 0.816 / F1 0.885 (14 bulletins; first score the same; with --abductions-as-other 0.975); its spurious left are conventions (README-ar)
    ("blind59", "ar", 0.97, 0.85),  # today P 0.990 / R 0.771 / F1 0.867 (14 bulletins; first score P 0.963 / R 0.786 / F1 0.866); a pass (README-ar)
    ("blind60", "ar", 0.96, 0.90),  # today P 0.983 / R 0.856 / F1 0.915 (14 bulletins; first score P 0.959 / R 0.835 / F1 0.892; with --abductions-as-other 0.967); a pass (README-ar)
    ("blind61", "ar", 0.98, 0.93),  # today P 1.000 / R 0.896 / F1 0.945 (14 bulletins; first score P 0.949 / R 0.888 / F1 0.917); a pass (README-ar)
    ("blind62", "ar", 0.98, 0.87),  # today P 1.000 / R 0.809 / F1 0.895 (14 bulletins; first score P 0.991 / R 0.824 / F1 0.900); a pass (README-ar)
    ("blind63", "ar", 0.98, 0.89),  # today P 1.000 / R 0.833 / F1 0.909 (14 bulletins; first score P 0.900 / R 0.825 / F1 0.861); a pass (README-ar)
    ("blind64", "ar", 0.97, 0.90),  # today P 0.991 / R 0.855 / F1 0.918 (14 bulletins; first score P 0.982 / R 0.840 / F1 0.905); a pass (README-ar)
    ("blind65", "ar", 0.97, 0.90),  # today P 0.991 / R 0.852 / F1 0.916 (14 bulletins; first score P 0.959 / R 0.867 / F1 0.911); a pass (README-ar)
    ("blind66", "ar", 0.96, 0.88),  # today P 0.982 / R 0.824 / F1 0.896 (14 bulletins; first score P 0.948 / R 0.832 / F1 0.886); a pass (README-ar)
    ("blind67", "ar", 0.98, 0.86),  # today P 1.000 / R 0.789 / F1 0.882 (14 bulletins; first score P 0.990 / R 0.780 / F1 0.873); a pass (README-ar)
    ("blind68", "ar", 0.97, 0.86),  # today P 0.990 / R 0.788 / F1 0.878 (14 bulletins; first score P 0.964 / R 0.818 / F1 0.885); a pass (README-ar)
    ("blind69", "ar", 0.95, 0.88),  # today P 0.967 / R 0.850 / F1 0.905 (14 bulletins; first score P 0.952 / R 0.850 / F1 0.898); a pass (README-ar)
    ("blind70", "ar", 0.97, 0.91),  # today P 0.992 / R 0.881 / F1 0.933 (14 bulletins; first score P 0.984 / R 0.881 / F1 0.930); a pass (README-ar)
]


@pytest.mark.parametrize("batch,lang,min_precision,min_f1", BLIND_SETS, ids=[f"{b}-{lang}" for b, lang, *_ in BLIND_SETS])
def test_blind_set_precision_and_f1(batch, lang, min_precision, min_f1):
    scores = [
        score_document(d["id"], d["lang"], predicted_pairs(extract(d["text"], lang=d["lang"], published=d.get("published"))),
                       gold_pairs(d["gold"]))
        for d in load_annotated(DATA / batch / lang)
    ]
    total = summarise(scores)[lang]
    assert total.precision >= min_precision, total.as_dict()
    assert total.f1 >= min_f1, total.as_dict()
