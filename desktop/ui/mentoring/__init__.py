"""The Mentoring page: agreements with their plans, reviews and outcomes, the mentor register,
and the annual 好师傅 nomination."""
