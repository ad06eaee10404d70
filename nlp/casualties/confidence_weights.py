"""Weights of the confidence model (``nlp.casualties.calibration``), written by
``scripts/calibrate_confidence.py``: do not edit by hand, re-run the script.

Fitted on the figures the extractor produced on each blind batch the first time it was scored
(batch/language at commit):

    blind11/ar at 85c2b7f
    blind11/en at f3d545e
    blind12/ar at 32ff0aa
    blind12/en at 32ff0aa
    blind13/ar at bb7a447
    blind13/en at 7878361
    blind14/ar at 64631a0
    blind14/en at 64631a0
    blind15/ar at d40caef
    blind15/en at 3f08ee7
    blind16/ar at 1db0965
    blind16/en at 1db0965
    blind17/ar at 143537c
    blind17/en at 143537c
    blind18/ar at a039ea3
    blind18/en at ef230f4
    blind19/ar at 4baf891
    blind19/en at d51f238
    blind20/ar at f0bb833
    blind20/en at f0bb833
    blind21/ar at e665abc
    blind21/en at e665abc
    blind22/ar at d830457
    blind22/en at d830457
    blind23/ar at 29f176d
    blind23/en at 29f176d
    blind24/ar at acd1e85
    blind24/en at acd1e85
    blind25/ar at 2d83be6
    blind25/en at 2d83be6
    blind26/ar at 407bcfd
    blind26/en at 407bcfd
    blind27/ar at b82ed01
    blind27/en at b82ed01

With each batch left out of the fit in turn (its figures scored by a model that never saw it):
precision of the figures at or above a confidence, and the share of right figures they keep.

    ar:
      >= 0.00: P 0.922, keeps 1.000 of the right
      >= 0.50: P 0.929, keeps 0.994 of the right
      >= 0.80: P 0.950, keeps 0.940 of the right
      >= 0.85: P 0.956, keeps 0.913 of the right
      >= 0.90: P 0.964, keeps 0.823 of the right
      >= 0.93: P 0.968, keeps 0.719 of the right
      >= 0.95: P 0.973, keeps 0.573 of the right
      confidence 0.00-0.80: 264 figures, mean confidence 0.659, right 0.633
      confidence 0.80-0.90: 373 figures, mean confidence 0.864, right 0.863
      confidence 0.90-0.95: 733 figures, mean confidence 0.931, right 0.943
      confidence 0.95-1.00: 1626 figures, mean confidence 0.975, right 0.973
    en:
      >= 0.00: P 0.916, keeps 1.000 of the right
      >= 0.50: P 0.930, keeps 0.997 of the right
      >= 0.80: P 0.945, keeps 0.925 of the right
      >= 0.85: P 0.948, keeps 0.890 of the right
      >= 0.90: P 0.956, keeps 0.809 of the right
      >= 0.93: P 0.962, keeps 0.710 of the right
      >= 0.95: P 0.970, keeps 0.613 of the right
      confidence 0.00-0.80: 335 figures, mean confidence 0.641, right 0.669
      confidence 0.80-0.90: 397 figures, mean confidence 0.864, right 0.872
      confidence 0.90-0.95: 641 figures, mean confidence 0.930, right 0.916
      confidence 0.95-1.00: 1890 figures, mean confidence 0.973, right 0.970
"""

WEIGHTS = {
    'ar': {
        '_bias': 2.4028,
        'abducted': -2.0851,
        'derived': 0.1506,
        'kind=detained': -1.387,
        'kind=displaced': 0.7635,
        'kind=injured': 0.718,
        'kind=killed': 0.0151,
        'kind=missing': -0.1603,
        'no_victims': -0.7939,
        'part': 0.7958,
        'qualifier=about': -0.408,
        'qualifier=at_least': 0.6969,
        'qualifier=exact': -0.0848,
        'qualifier=more_than': 0.0671,
        'qualifier=up_to': -0.3219,
        'revision': 0.9024,
        'rule=abducted_then_killed': 0.2884,
        'rule=among_the_kind': 0.0333,
        'rule=another_coordinated': 0.5443,
        'rule=became_kind': -0.1878,
        'rule=case_count': 0.678,
        'rule=case_count_of_toll': 0.0584,
        'rule=case_part_of_toll': 0.216,
        'rule=condition_of_injured': 0.3091,
        'rule=construct_toll': 0.0326,
        'rule=coordinated': 0.6479,
        'rule=coordinated_before_verb': 0.1676,
        'rule=count_before_far_verb': -0.1835,
        'rule=crossed_border': 0.0448,
        'rule=cue_before': 0.2563,
        'rule=cue_in_clause': 0.7162,
        'rule=death_in_detention': 0.0545,
        'rule=derived_total': 0.1506,
        'rule=displaced_as_victims': 0.0113,
        'rule=dual_after_cue': 0.4182,
        'rule=dual_coordinated': -0.2752,
        'rule=dual_in_group': -0.1482,
        'rule=fate_unknown': 0.5129,
        'rule=forced_to_flee': 0.0324,
        'rule=gapped_line': -1.0915,
        'rule=in_group': 0.2874,
        'rule=in_ranks_of': 0.3655,
        'rule=kin_after_cue': -0.1248,
        'rule=kin_coordinated': -0.3864,
        'rule=kin_list_after_cue': -0.9235,
        'rule=kin_list_before_verb': 0.0211,
        'rule=kin_with_number': -1.3781,
        'rule=kind_adjective': -0.2076,
        'rule=kind_dual': 0.0255,
        'rule=kind_noun': -0.6836,
        'rule=list_line': -0.4447,
        'rule=list_line_victim': 0.0513,
        'rule=made_to_flee': 0.1007,
        'rule=named_after_cue': 0.1311,
        'rule=nationality_in_group': -0.305,
        'rule=nationality_one': 0.2212,
        'rule=nationality_two': 0.0513,
        'rule=noun_and_two': 0.0537,
        'rule=noun_and_two_coordinated': -0.2695,
        'rule=noun_before_verb': -1.3168,
        'rule=object_after_subject': -0.6676,
        'rule=one_of_them': -0.2341,
        'rule=ordinal_after_cue': -0.1104,
        'rule=partitive_of_kind': 0.0125,
        'rule=person_and_kin': -0.2528,
        'rule=pronoun_cue': 0.3597,
        'rule=pushed_to_flee': 0.0306,
        'rule=singular_after_cue': 1.0953,
        'rule=singular_coordinated': -0.8126,
        'rule=singular_in_group': -0.3255,
        'rule=still_under': -0.1181,
        'rule=subset_of_figure': 0.2087,
        'rule=table_cell': 1.1159,
        'rule=toll_includes': 0.063,
        'rule=toll_linking_verb': 0.6496,
        'rule=toll_noun_later': 0.2539,
        'rule=verb_after_noun': 0.1258,
        'scope=cumulative': 0.3224,
        'scope=event': -0.3731,
        'single=detained': 0.254,
        'single=injured': -1.1371,
        'single=killed': 0.2159,
        'single=missing': -0.554,
        'size=1': -1.2213,
        'size=10-99': 0.56,
        'size=100-999': -0.0277,
        'size=1000+': 0.4567,
        'size=2-9': 0.1816,
    },
    'en': {
        '_bias': 2.3405,
        'abducted': -2.8716,
        'derived': -0.6994,
        'kind=detained': -1.4871,
        'kind=displaced': 0.5479,
        'kind=injured': 0.7531,
        'kind=killed': 0.4325,
        'kind=missing': -0.2763,
        'no_victims': -0.2557,
        'part': 0.9421,
        'qualifier=about': -0.4706,
        'qualifier=at_least': 0.2981,
        'qualifier=exact': -0.2538,
        'qualifier=more_than': 0.2388,
        'qualifier=up_to': 0.1576,
        'revision': 0.972,
        'rule=abducted_then_killed': 0.0512,
        'rule=among_the_dead': -0.2767,
        'rule=bodies_found': 0.2318,
        'rule=bodies_of_people': 0.1622,
        'rule=bodies_of_them': 0.0234,
        'rule=bodies_received': -0.0767,
        'rule=breakdown_of_last_total': -1.8882,
        'rule=brought_to_number_of': 0.0074,
        'rule=casualty_noun': -0.4525,
        'rule=coordination': 0.2223,
        'rule=coordination_backward': -0.1903,
        'rule=derived_sum': -0.6994,
        'rule=died_of_wounds': 0.0879,
        'rule=driven_from_homes': 0.1102,
        'rule=fate_unknown': 0.6147,
        'rule=inline_list': 0.5061,
        'rule=kind_label': 0.0287,
        'rule=kind_modifier': -0.5316,
        'rule=list_under_header': 0.016,
        'rule=of_the_counted': 0.0049,
        'rule=partitive_of_kind': 0.5107,
        'rule=predicate': 0.2161,
        'rule=punctuated_breakdown': 0.6277,
        'rule=refugees_moved': 0.0145,
        'rule=single_victim': 0.3302,
        'rule=still_held': -0.6881,
        'rule=subset_of_total': 0.0043,
        'rule=toll_apposition': 0.0216,
        'rule=toll_clause': 0.0466,
        'rule=toll_opens_sentence': 0.014,
        'rule=trigger_before': 0.9031,
        'rule=with_wounds': 0.018,
        'scope=cumulative': 0.335,
        'scope=event': -0.3649,
        'single=detained': 0.7356,
        'single=displaced': -0.8067,
        'single=injured': -0.5089,
        'single=killed': -0.1427,
        'single=missing': -0.5111,
        'size=1': -1.2338,
        'size=10-99': 0.5347,
        'size=100-999': 0.1274,
        'size=1000+': 0.396,
        'size=2-9': 0.1457,
    },
}
