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
    blind28/ar at 311f1f1
    blind28/en at 311f1f1
    blind29/ar at 7b1ec4b
    blind29/en at 7b1ec4b

With each batch left out of the fit in turn (its figures scored by a model that never saw it):
precision of the figures at or above a confidence, and the share of right figures they keep.

    ar:
      >= 0.00: P 0.927, keeps 1.000 of the right
      >= 0.50: P 0.933, keeps 0.997 of the right
      >= 0.80: P 0.949, keeps 0.953 of the right
      >= 0.85: P 0.956, keeps 0.916 of the right
      >= 0.90: P 0.964, keeps 0.831 of the right
      >= 0.93: P 0.968, keeps 0.723 of the right
      >= 0.95: P 0.972, keeps 0.598 of the right
      confidence 0.00-0.80: 235 figures, mean confidence 0.666, right 0.634
      confidence 0.80-0.90: 448 figures, mean confidence 0.861, right 0.859
      confidence 0.90-0.95: 779 figures, mean confidence 0.930, right 0.942
      confidence 0.95-1.00: 1938 figures, mean confidence 0.974, right 0.972
    en:
      >= 0.00: P 0.919, keeps 1.000 of the right
      >= 0.50: P 0.934, keeps 0.996 of the right
      >= 0.80: P 0.947, keeps 0.933 of the right
      >= 0.85: P 0.952, keeps 0.901 of the right
      >= 0.90: P 0.960, keeps 0.832 of the right
      >= 0.93: P 0.963, keeps 0.734 of the right
      >= 0.95: P 0.972, keeps 0.631 of the right
      confidence 0.00-0.80: 351 figures, mean confidence 0.627, right 0.650
      confidence 0.80-0.90: 404 figures, mean confidence 0.860, right 0.856
      confidence 0.90-0.95: 748 figures, mean confidence 0.929, right 0.922
      confidence 0.95-1.00: 2220 figures, mean confidence 0.974, right 0.972
"""

WEIGHTS = {
    'ar': {
        '_bias': 2.4589,
        'abducted': -2.1593,
        'derived': 0.1257,
        'kind=detained': -1.347,
        'kind=displaced': 0.8168,
        'kind=injured': 0.67,
        'kind=killed': -0.0772,
        'kind=missing': -0.1262,
        'no_victims': -0.7973,
        'part': 0.7779,
        'qualifier=about': -0.4608,
        'qualifier=at_least': 0.7184,
        'qualifier=exact': -0.0415,
        'qualifier=more_than': 0.0104,
        'qualifier=up_to': -0.29,
        'revision': 1.0741,
        'rule=abducted_then_killed': 0.2445,
        'rule=among_the_kind': 0.0275,
        'rule=another_coordinated': 0.4691,
        'rule=became_kind': -0.147,
        'rule=case_count': 0.5548,
        'rule=case_count_of_toll': 0.0569,
        'rule=case_part_of_toll': 0.1903,
        'rule=condition_of_injured': 0.3535,
        'rule=construct_toll': 0.0243,
        'rule=coordinated': 0.1882,
        'rule=coordinated_before_verb': 0.1519,
        'rule=count_before_far_verb': -0.1814,
        'rule=crossed_border': 0.0387,
        'rule=cue_before': 0.2529,
        'rule=cue_in_clause': 0.647,
        'rule=death_in_detention': 0.0474,
        'rule=derived_total': 0.1257,
        'rule=displaced_as_victims': 0.011,
        'rule=dual_after_cue': 0.4527,
        'rule=dual_coordinated': -0.2536,
        'rule=dual_in_group': 0.0063,
        'rule=fate_of_the_n': 0.0181,
        'rule=fate_unknown': 0.4441,
        'rule=forced_to_flee': 0.0259,
        'rule=gapped_line': -0.9999,
        'rule=in_group': 0.3727,
        'rule=in_ranks_of': 0.3742,
        'rule=kin_after_cue': -0.4795,
        'rule=kin_coordinated': -0.4034,
        'rule=kin_list_after_cue': -0.6943,
        'rule=kin_list_before_verb': 0.0334,
        'rule=kin_with_number': -1.2923,
        'rule=kind_adjective': -0.2916,
        'rule=kind_dual': 0.0414,
        'rule=kind_noun': -0.6787,
        'rule=list_line': -0.298,
        'rule=list_line_victim': 0.0425,
        'rule=made_to_flee': 0.0873,
        'rule=named_after_cue': 0.179,
        'rule=nationality_in_group': -0.3138,
        'rule=nationality_one': 0.2061,
        'rule=nationality_two': 0.0853,
        'rule=noun_and_two': 0.0439,
        'rule=noun_and_two_coordinated': -0.2481,
        'rule=noun_before_verb': -1.3233,
        'rule=object_after_subject': -0.6615,
        'rule=one_of_them': -0.1783,
        'rule=ordinal_after_cue': -0.0147,
        'rule=partitive_of_kind': 0.0438,
        'rule=person_and_kin': -0.2343,
        'rule=pronoun_cue': 0.3095,
        'rule=pushed_to_flee': 0.0387,
        'rule=singular_after_cue': 0.9231,
        'rule=singular_coordinated': -0.6079,
        'rule=singular_in_group': -0.2847,
        'rule=still_under': -0.1017,
        'rule=subset_of_figure': 0.2364,
        'rule=table_cell': 1.1681,
        'rule=toll_includes': 0.0715,
        'rule=toll_linking_verb': 0.6102,
        'rule=toll_noun_later': 0.2349,
        'rule=verb_after_noun': 0.1878,
        'rule=were_among_the_kind': 0.0039,
        'scope=cumulative': 0.2094,
        'scope=event': -0.2729,
        'single=detained': 0.3198,
        'single=injured': -1.1292,
        'single=killed': 0.1825,
        'single=missing': -0.5525,
        'size=1': -1.1794,
        'size=10-99': 0.4913,
        'size=100-999': 0.0299,
        'size=1000+': 0.4247,
        'size=2-9': 0.1699,
    },
    'en': {
        '_bias': 2.3715,
        'abducted': -3.1334,
        'derived': -0.7761,
        'kind=detained': -1.4779,
        'kind=displaced': 0.5187,
        'kind=injured': 0.7249,
        'kind=killed': 0.4019,
        'kind=missing': -0.2054,
        'no_victims': -0.2915,
        'part': 0.8374,
        'qualifier=about': -0.6204,
        'qualifier=at_least': 0.3378,
        'qualifier=exact': -0.1756,
        'qualifier=more_than': 0.2773,
        'qualifier=up_to': 0.1431,
        'revision': 0.9936,
        'rule=abducted_then_killed': 0.0213,
        'rule=among_the_dead': -0.3892,
        'rule=and_of_items': 0.0212,
        'rule=bodies_found': 0.2676,
        'rule=bodies_of_people': 0.1307,
        'rule=bodies_of_them': 0.0188,
        'rule=bodies_received': -0.0771,
        'rule=breakdown_of_last_total': -1.8296,
        'rule=brought_to_number_of': 0.0134,
        'rule=casualty_noun': -0.4505,
        'rule=coordination': 0.3077,
        'rule=coordination_backward': -0.2037,
        'rule=derived_sum': -0.7761,
        'rule=died_of_wounds': 0.0723,
        'rule=driven_from_homes': 0.105,
        'rule=fate_unknown': 0.5652,
        'rule=inline_list': 0.4854,
        'rule=kind_label': 0.023,
        'rule=kind_modifier': -0.4445,
        'rule=list_under_header': 0.182,
        'rule=lost_kin': 0.0212,
        'rule=of_the_counted': 0.012,
        'rule=partitive_of_kind': 0.2878,
        'rule=predicate': 0.179,
        'rule=punctuated_breakdown': 0.5824,
        'rule=refugees_moved': 0.0143,
        'rule=single_victim': 0.3137,
        'rule=still_held': -0.602,
        'rule=subset_of_total': 0.1014,
        'rule=toll_apposition': 0.0188,
        'rule=toll_clause': 0.0989,
        'rule=toll_opens_sentence': 0.0112,
        'rule=trigger_before': 0.8649,
        'rule=with_wounds': 0.0153,
        'scope=cumulative': 0.2914,
        'scope=event': -0.3292,
        'single=detained': 0.6852,
        'single=displaced': -0.9003,
        'single=injured': -0.6882,
        'single=killed': 0.0057,
        'single=missing': -0.4679,
        'size=1': -1.3654,
        'size=10-99': 0.5644,
        'size=100-999': 0.1194,
        'size=1000+': 0.4417,
        'size=2-9': 0.2021,
    },
}
