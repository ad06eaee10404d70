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
    blind30/ar at dd0c5d0
    blind30/en at dd0c5d0
    blind31/ar at 6d3e7b4
    blind31/en at 6d3e7b4
    blind32/ar at 6808167
    blind32/en at 27fdf73
    blind33/ar at 2069dd3
    blind33/en at 2069dd3
    blind34/ar at 07affd3
    blind34/en at 07affd3
    blind35/ar at ac9f4a6
    blind35/en at ac9f4a6
    blind36/ar at 11e61f8
    blind36/en at 11e61f8
    blind37/ar at e178111
    blind37/en at 789930b
    blind38/ar at 9397746
    blind38/en at 9397746
    blind39/ar at cf27ce3
    blind39/en at cf27ce3
    blind40/ar at a43ce5e
    blind40/en at bfc3c8d
    blind41/ar at d828475
    blind41/en at d828475
    blind42/ar at 33d9ed8
    blind42/en at bbd629e

With each batch left out of the fit in turn (its figures scored by a model that never saw it):
precision of the figures at or above a confidence, and the share of right figures they keep.

    ar:
      >= 0.00: P 0.928, keeps 1.000 of the right
      >= 0.50: P 0.937, keeps 1.000 of the right
      >= 0.80: P 0.950, keeps 0.967 of the right
      >= 0.85: P 0.956, keeps 0.920 of the right
      >= 0.90: P 0.963, keeps 0.831 of the right
      >= 0.93: P 0.970, keeps 0.747 of the right
      >= 0.95: P 0.972, keeps 0.591 of the right
      confidence 0.00-0.80: 296 figures, mean confidence 0.623, right 0.554
      confidence 0.80-0.90: 774 figures, mean confidence 0.862, right 0.873
      confidence 0.90-0.95: 1268 figures, mean confidence 0.931, right 0.944
      confidence 0.95-1.00: 3025 figures, mean confidence 0.974, right 0.972
    en:
      >= 0.00: P 0.927, keeps 1.000 of the right
      >= 0.50: P 0.942, keeps 0.998 of the right
      >= 0.80: P 0.951, keeps 0.947 of the right
      >= 0.85: P 0.958, keeps 0.915 of the right
      >= 0.90: P 0.963, keeps 0.855 of the right
      >= 0.93: P 0.970, keeps 0.789 of the right
      >= 0.95: P 0.975, keeps 0.654 of the right
      confidence 0.00-0.80: 447 figures, mean confidence 0.615, right 0.633
      confidence 0.80-0.90: 570 figures, mean confidence 0.857, right 0.853
      confidence 0.90-0.95: 1154 figures, mean confidence 0.933, right 0.927
      confidence 0.95-1.00: 3562 figures, mean confidence 0.975, right 0.975
"""

WEIGHTS = {
    'ar': {
        '_bias': 2.4574,
        'abducted': -2.9161,
        'derived': 0.1273,
        'kind=detained': -1.2306,
        'kind=displaced': 0.9844,
        'kind=injured': 0.5587,
        'kind=killed': -0.0755,
        'kind=missing': -0.3166,
        'no_victims': -0.7729,
        'part': 0.6256,
        'qualifier=about': -0.5218,
        'qualifier=at_least': 0.6336,
        'qualifier=exact': 0.0391,
        'qualifier=more_than': -0.0515,
        'qualifier=up_to': -0.179,
        'revision': 1.3804,
        'rule=abducted_then_killed': 0.2918,
        'rule=among_the_kind': 0.0172,
        'rule=another_coordinated': 0.4722,
        'rule=aside_one_of_them': 0.0279,
        'rule=became_kind': 0.0715,
        'rule=became_state': 0.0158,
        'rule=case_count': 0.4379,
        'rule=case_count_of_toll': 0.114,
        'rule=case_part_of_toll': -0.0369,
        'rule=condition_of_injured': 0.3419,
        'rule=construct_toll': 0.0264,
        'rule=coordinated': 0.3167,
        'rule=coordinated_before_verb': 0.2717,
        'rule=count_before_far_verb': -0.159,
        'rule=crossed_border': 0.039,
        'rule=cue_before': 0.3816,
        'rule=cue_in_clause': 0.4718,
        'rule=death_in_detention': 0.0819,
        'rule=definite_count_after_cue': -0.1511,
        'rule=derived_total': 0.1273,
        'rule=displaced_as_victims': 0.0078,
        'rule=dual_after_cue': 0.5237,
        'rule=dual_coordinated': -0.0475,
        'rule=dual_in_group': 0.1631,
        'rule=fate_of_the_n': 0.0335,
        'rule=fate_unknown': 0.589,
        'rule=forced_to_flee': 0.0425,
        'rule=gapped_line': -0.9618,
        'rule=in_group': 0.431,
        'rule=in_ranks_of': 0.3994,
        'rule=kin_after_cue': -0.3685,
        'rule=kin_coordinated': -0.297,
        'rule=kin_list_after_cue': -1.1808,
        'rule=kin_list_before_verb': -0.2351,
        'rule=kin_with_number': -0.9838,
        'rule=kind_adjective': -0.3157,
        'rule=kind_dual': -0.3275,
        'rule=kind_noun': -0.6688,
        'rule=list_line': 0.4434,
        'rule=list_line_label': -0.0109,
        'rule=list_line_victim': 0.0277,
        'rule=made_to_flee': 0.0836,
        'rule=named_after_cue': -0.0631,
        'rule=nationality_in_group': -0.3381,
        'rule=nationality_one': 0.0489,
        'rule=nationality_two': 0.057,
        'rule=noun_and_two': 0.0454,
        'rule=noun_and_two_coordinated': -0.1515,
        'rule=noun_before_verb': -1.0952,
        'rule=noun_kind_adjective': -0.2943,
        'rule=object_after_subject': -0.6017,
        'rule=one_of_them': 0.0401,
        'rule=ordinal_after_cue': 0.1284,
        'rule=own_fate_unknown': 0.0482,
        'rule=partitive_of_kind': -0.2276,
        'rule=person_and_kin': -0.1629,
        'rule=pronoun_cue': 0.1931,
        'rule=pushed_to_flee': 0.039,
        'rule=singular_after_cue': 0.8668,
        'rule=singular_coordinated': -0.5337,
        'rule=singular_in_group': -0.122,
        'rule=still_under': 0.0149,
        'rule=subset_of_figure': -0.6456,
        'rule=table_cell': 1.0886,
        'rule=toll_includes': 0.1164,
        'rule=toll_linking_verb': 0.6243,
        'rule=toll_noun_later': 0.1695,
        'rule=verb_after_noun': 0.1651,
        'rule=were_among_the_kind': 0.0034,
        'scope=cumulative': 0.1875,
        'scope=event': -0.2671,
        'single=detained': 0.1901,
        'single=injured': -0.8719,
        'single=killed': 0.1498,
        'single=missing': -0.5489,
        'size=1': -1.0809,
        'size=10-99': 0.4143,
        'size=100-999': 0.0851,
        'size=1000+': 0.3314,
        'size=2-9': 0.1705,
    },
    'en': {
        '_bias': 2.4242,
        'abducted': -3.6023,
        'derived': -0.6199,
        'kind=detained': -1.3264,
        'kind=displaced': 0.1517,
        'kind=injured': 0.8453,
        'kind=killed': 0.4003,
        'kind=missing': -0.1647,
        'no_victims': -0.3397,
        'part': 0.9075,
        'qualifier=about': -0.4198,
        'qualifier=at_least': 0.469,
        'qualifier=exact': -0.1203,
        'qualifier=more_than': 0.3862,
        'qualifier=up_to': -0.4089,
        'revision': 0.8352,
        'rule=abducted_then_killed': 0.0959,
        'rule=among_next_total': 0.005,
        'rule=among_the_dead': -0.4616,
        'rule=among_the_toll_again': 0.0033,
        'rule=and_of_items': 0.0149,
        'rule=bodies_found': 0.4648,
        'rule=bodies_of_people': 0.0889,
        'rule=bodies_of_them': 0.0229,
        'rule=bodies_received': -0.1292,
        'rule=breakdown_of_last_total': -2.0016,
        'rule=brought_to_number_of': 0.0172,
        'rule=carried_out_by': 0.0126,
        'rule=casualties_received': -0.1744,
        'rule=casualty_noun': -0.176,
        'rule=coordination': 0.4672,
        'rule=coordination_backward': -0.4376,
        'rule=derived_sum': -0.6199,
        'rule=died_of_wounds': 0.0918,
        'rule=driven_from_homes': 0.0999,
        'rule=fate_unknown': 0.5955,
        'rule=inline_list': 0.1515,
        'rule=kind_label': 0.0135,
        'rule=kind_modifier': -0.5766,
        'rule=list_under_header': 0.3746,
        'rule=lives_claimed': 0.0037,
        'rule=lost_kin': -0.1073,
        'rule=lost_members': 0.0098,
        'rule=of_the_counted': 0.0252,
        'rule=partitive_of_kind': 0.3422,
        'rule=predicate': 0.3259,
        'rule=punctuated_breakdown': 0.4618,
        'rule=refugees_moved': 0.0093,
        'rule=semicolon_item': 0.015,
        'rule=single_victim': 0.3357,
        'rule=still_held': -0.583,
        'rule=subset_of_total': 0.0645,
        'rule=toll_apposition': 0.0116,
        'rule=toll_clause': 0.0998,
        'rule=toll_opens_sentence': 0.0084,
        'rule=trigger_before': 0.9327,
        'rule=with_wounds': 0.0082,
        'scope=cumulative': 0.3032,
        'scope=event': -0.3971,
        'single=detained': 0.5103,
        'single=displaced': -0.6482,
        'single=injured': -0.701,
        'single=killed': -0.1928,
        'single=missing': -0.1295,
        'size=1': -1.1613,
        'size=10-99': 0.5497,
        'size=100-999': -0.0815,
        'size=1000+': 0.5016,
        'size=2-9': 0.0977,
    },
}
