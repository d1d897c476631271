<?php
/**
 * Credit card form for the "Acme Pay" WooCommerce gateway.
 *
 * @package AcmePay
 */

defined( 'ABSPATH' ) || exit;

$fields_id = esc_attr( $this->id );
?>
<fieldset id="wc-<?php echo $fields_id; ?>-cc-form" class="wc-credit-card-form wc-payment-form <?php echo $this->mask_fields ? 'fs-exclude' : ''; ?>">
	<?php do_action( 'woocommerce_credit_card_form_start', $this->id ); ?>
	<p class="form-row form-row-wide">
		<label for="<?php echo $fields_id; ?>-card-number"><?php esc_html_e( 'Card number', 'acme-pay' ); ?>&nbsp;<span class="required">*</span></label>
		<!-- expect: payment-card conditional -->
		<input id="<?php echo $fields_id; ?>-card-number" class="input-text wc-credit-card-form-card-number" inputmode="numeric" autocomplete="cc-number" type="tel" placeholder="&bull;&bull;&bull;&bull; &bull;&bull;&bull;&bull; &bull;&bull;&bull;&bull; &bull;&bull;&bull;&bull;" <?php echo $this->field_name( 'card-number' ); ?> />
	</p>
	<p class="form-row form-row-first">
		<label for="<?php echo $fields_id; ?>-card-expiry"><?php esc_html_e( 'Expiry (MM/YY)', 'acme-pay' ); ?></label>
		<!-- expect: payment-card conditional -->
		<input id="<?php echo $fields_id; ?>-card-expiry" class="input-text wc-credit-card-form-card-expiry" inputmode="numeric" autocomplete="cc-exp" type="tel" placeholder="<?php esc_attr_e( 'MM / YY', 'acme-pay' ); ?>" />
	</p>
	<p class="form-row form-row-last" data-private>
		<label for="<?php echo $fields_id; ?>-card-cvc"><?php esc_html_e( 'Card code', 'acme-pay' ); ?></label>
		<input id="<?php echo $fields_id; ?>-card-cvc" class="input-text wc-credit-card-form-card-cvc" inputmode="numeric" autocomplete="off" type="tel" maxlength="4" placeholder="<?php esc_attr_e( 'CVC', 'acme-pay' ); ?>" style="width:100px" />
	</p>
	<?php if ( $this->supports( 'tokenization' ) && is_checkout() ) : ?>
	<p class="form-row woocommerce-SavedPaymentMethods-saveNew">
		<input id="wc-<?php echo $fields_id; ?>-new-payment-method" name="wc-<?php echo $fields_id; ?>-new-payment-method" type="checkbox" value="true" style="width:auto;" />
		<label for="wc-<?php echo $fields_id; ?>-new-payment-method" style="display:inline;"><?php esc_html_e( 'Save to account', 'acme-pay' ); ?></label>
	</p>
	<?php endif; ?>
	<?php do_action( 'woocommerce_credit_card_form_end', $this->id ); ?>
	<div class="clear"></div>
</fieldset>
